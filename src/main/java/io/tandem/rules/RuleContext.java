package io.tandem.rules;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule is evaluated against: the node's attributes (including the built-ins {@code #uname},
 * {@code #id}, {@code #kind}, {@code #is_dc}), the evaluation time, and optionally the resource agent,
 * the operation and the resource's parameters/meta attributes (for {@code value-source}).
 *
 * @param nodeAttributes node attributes, or empty for rules not tied to a node (properties, defaults)
 * @param role           the resource role being considered ({@code #role}), or null
 * @param rscClass       agent class for {@code rsc_expression}, or null when not in a resource context
 * @param opName         operation name for {@code op_expression}, or null when not in an op context
 */
public record RuleContext(Map<String, String> nodeAttributes, Instant now, String role, String rscClass,
        String rscProvider, String rscType, String opName, long opIntervalMs, Map<String, String> params,
        Map<String, String> meta) {

    public RuleContext {
        nodeAttributes = Map.copyOf(nodeAttributes);
        params = Map.copyOf(params);
        meta = Map.copyOf(meta);
    }

    /** A context for properties and defaults: only the time matters. */
    public static RuleContext at(Instant now) {
        return new RuleContext(Map.of(), now, null, null, null, null, null, -1, Map.of(), Map.of());
    }

    /** A context for a node: location rules and node-selected sets. */
    public static RuleContext forNode(Map<String, String> nodeAttributes, Instant now) {
        return new RuleContext(nodeAttributes, now, null, null, null, null, null, -1, Map.of(), Map.of());
    }

    public RuleContext withResource(String cls, String provider, String type) {
        return new RuleContext(nodeAttributes, now, role, cls, provider, type, opName, opIntervalMs, params, meta);
    }

    public RuleContext withOp(String name, long intervalMs) {
        return new RuleContext(nodeAttributes, now, role, rscClass, rscProvider, rscType, name, intervalMs, params,
                meta);
    }

    public RuleContext withParams(Map<String, String> p, Map<String, String> m) {
        return new RuleContext(nodeAttributes, now, role, rscClass, rscProvider, rscType, opName, opIntervalMs, p, m);
    }

    public RuleContext withRole(String r) {
        return new RuleContext(nodeAttributes, now, r, rscClass, rscProvider, rscType, opName, opIntervalMs, params,
                meta);
    }

    public Optional<String> nodeAttribute(String name) {
        return Optional.ofNullable(nodeAttributes.get(name));
    }
}
