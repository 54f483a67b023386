package io.tandem.crm.agent;

import io.tandem.cib.TimeSpec;
import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * crmsh's checks of a primitive against its agent's meta-data. Errors (unknown agent, unknown or
 * missing required parameter) refuse the object; warnings (unknown op, short timeout, unknown meta
 * attribute) only inform.
 */
public final class AgentChecks {

    /** Pacemaker's resource meta attributes (plus the clone/promotable ones crmsh also accepts). */
    static final Set<String> META = Set.of("allow-migrate", "allow-unhealthy-nodes", "container-attribute-target",
            "critical", "description", "failure-timeout", "is-managed", "maintenance", "migration-threshold",
            "multiple-active", "priority", "remote-addr", "remote-connect-timeout", "remote-node", "remote-port",
            "requires", "resource-stickiness", "target-role", "interleave", "clone-max", "clone-node-max",
            "clone-min", "notify", "globally-unique", "ordered", "promotable", "promoted-max", "promoted-node-max",
            "master-max", "master-node-max", "record-pending", "restart-type", "isolation", "trace_ra",
            "trace_file", "add_meta");

    public record Finding(boolean error, String message) {
    }

    private AgentChecks() {
    }

    /** Meta attributes Pacemaker does not know; crmsh warns about them when it commits or verifies. */
    public static List<String> unknownMeta(XmlElement primitive) {
        List<String> out = new ArrayList<>();
        for (XmlElement set : primitive.children("meta_attributes")) {
            for (XmlElement p : set.children("nvpair")) {
                if (p.attr("name") != null && !META.contains(p.attr("name"))) {
                    out.add(primitive.id() + ": unknown attribute '" + p.attr("name") + "'");
                }
            }
        }
        return out;
    }

    public static List<Finding> check(XmlElement primitive, AgentCatalog catalog) {
        List<Finding> out = new ArrayList<>();
        String cls = primitive.attr("class");
        if (primitive.attr("template") != null || cls == null || !catalog.knowsClass(cls)) {
            return out;
        }
        String spec = cls + (primitive.attr("provider") != null ? ":" + primitive.attr("provider") : "") + ":"
                + primitive.attr("type");
        Optional<AgentInfo> info = catalog.metadata(cls, primitive.attr("provider"), primitive.attr("type"));
        if (info.isEmpty()) {
            out.add(new Finding(true, spec + ": got no meta-data, does this RA exist?"));
            out.add(new Finding(true, spec + ": no such resource agent"));
            return out;
        }
        AgentInfo ai = info.get();
        String id = primitive.id();
        List<String> given = new ArrayList<>();
        for (XmlElement set : primitive.children("instance_attributes")) {
            for (XmlElement p : set.children("nvpair")) {
                if (p.attr("name") != null) {
                    given.add(p.attr("name"));
                }
            }
        }
        if (!ai.parameters().isEmpty() || cls.equals("ocf")) {
            for (String g : given) {
                if (ai.parameter(g).isEmpty()) {
                    out.add(new Finding(true, id + ": parameter \"" + g + "\" is not known"));
                }
            }
            for (AgentParameter p : ai.parameters()) {
                if (p.required() && !given.contains(p.name())) {
                    out.add(new Finding(true, id + ": required parameter \"" + p.name() + "\" not defined"));
                }
            }
        }
        primitive.child("operations").ifPresent(ops -> ops.children("op").forEach(op -> {
            String name = op.attr("name");
            Optional<AgentAction> action = ai.action(name);
            if (action.isEmpty() && !ai.actions().isEmpty()) {
                out.add(new Finding(false, id + ": action '" + name + "' not found in Resource Agent meta-data"));
            }
            String timeout = op.attr("timeout");
            if (action.isPresent() && timeout != null && action.get().timeout() != null) {
                long mine = TimeSpec.parseMillis(timeout);
                long advised = TimeSpec.parseMillis(action.get().timeout());
                if (mine >= 0 && advised > 0 && mine < advised) {
                    out.add(new Finding(false, id + ": specified timeout " + timeout + " for " + name
                            + " is smaller than the advised " + action.get().timeout()));
                }
            }
        }));
        return out;
    }
}
