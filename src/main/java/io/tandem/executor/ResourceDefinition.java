package io.tandem.executor;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A resource as the executor knows it (Pacemaker's "registered resource"): its instance name, agent,
 * instance attributes and meta attributes that reach the agent as {@code CRM_meta_*} (clone values).
 *
 * @param id     the instance name: the bare id for primitives and anonymous clones, {@code id:N} for
 *               globally-unique clone instances; it becomes OCF_RESOURCE_INSTANCE
 * @param agent  the agent
 * @param params instance attributes, each passed as OCF_RESKEY_name
 * @param meta   meta attributes passed as OCF_RESKEY_CRM_meta_name ('-' becomes '_', as Pacemaker does)
 */
public record ResourceDefinition(String id, AgentId agent, Map<String, String> params, Map<String, String> meta) {

    public ResourceDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        if (id.isEmpty() || id.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid resource id '" + id + "'");
        }
        params = sortedCopy(params, "parameter");
        meta = sortedCopy(meta, "meta attribute");
    }

    public ResourceDefinition(String id, AgentId agent, Map<String, String> params) {
        this(id, agent, params, Map.of());
    }

    public ResourceDefinition withParams(Map<String, String> newParams) {
        return new ResourceDefinition(id, agent, newParams, meta);
    }

    /**
     * Names become environment variable names and values their contents: a name can hold neither '='
     * nor NUL, and a value no NUL. Everything else (quotes, $(...), newlines) is passed literally.
     */
    private static Map<String, String> sortedCopy(Map<String, String> in, String what) {
        TreeMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : in.entrySet()) {
            String k = e.getKey();
            String v = Objects.requireNonNull(e.getValue(), () -> what + " " + k + " has no value");
            if (k.isEmpty() || k.indexOf('=') >= 0 || k.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("invalid " + what + " name '" + k + "'");
            }
            if (v.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(what + " " + k + " contains a NUL character");
            }
            out.put(k, v);
        }
        return Collections.unmodifiableMap(out);
    }
}
