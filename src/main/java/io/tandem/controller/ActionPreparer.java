package io.tandem.controller;

import io.tandem.cib.Cib;
import io.tandem.cib.Clone;
import io.tandem.cib.NvSet;
import io.tandem.cib.Operation;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.cib.Template;
import io.tandem.cib.TimeSpec;
import io.tandem.controller.ControllerMessage.ExecuteOp;
import io.tandem.rules.NvSets;
import io.tandem.rules.RuleContext;
import io.tandem.transition.Action;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a graph action into the operation a node's executor runs: the agent, the parameters (rules
 * evaluated for that node), the clone meta values, the timeout from the op definition or op_defaults,
 * and the transition key "action:transition:target-rc:uuid" that pairs the result with the action.
 */
final class ActionPreparer {

    /** Pacemaker's default operation timeout. */
    static final long DEFAULT_TIMEOUT_MS = 20_000;

    private ActionPreparer() {
    }

    static Optional<ExecuteOp> prepare(Cib cib, Action a, int transitionId, String uuid, Instant now) {
        String baseId = a.rsc() == null ? null : stripInstance(a.rsc());
        Optional<Resource> found = baseId == null ? Optional.empty() : cib.configuration().findResource(baseId);
        if (found.isEmpty() || !(found.get() instanceof Primitive p)) {
            return Optional.empty();
        }
        Primitive def = withTemplate(cib, p);
        Optional<Clone> clone = parentClone(cib, baseId);
        boolean unique = clone.flatMap(c -> c.meta("globally-unique")).map(v -> v.equalsIgnoreCase("true"))
                .orElse(false);
        String instance = unique ? a.rsc() : baseId;
        Map<String, String> nodeAttrs = new LinkedHashMap<>();
        nodeAttrs.put("#uname", a.node());
        RuleContext ctx = RuleContext.forNode(nodeAttrs, now).withResource(def.agentClass(), def.provider(), def.type());
        Map<String, String> params = NvSets.resolve(def.sets(), NvSet.INSTANCE, ctx);
        Map<String, String> meta = new LinkedHashMap<>();
        clone.ifPresent(c -> {
            meta.put("clone", instanceNumber(a.rsc()));
            meta.put("clone_max", c.meta("clone-max").orElse(Integer.toString(cib.configuration().nodes().size())));
            meta.put("clone_node_max", c.meta("clone-node-max").orElse("1"));
            meta.put("globally_unique", Boolean.toString(unique));
            meta.put("notify", c.meta("notify").orElse("false"));
        });
        long timeout = timeoutMs(cib, def, a.task(), a.intervalMs());
        int target = "monitor".equals(a.task()) && a.intervalMs() == 0 ? 7 : 0;
        String key = a.id() + ":" + transitionId + ":" + target + ":" + uuid;
        return Optional.of(new ExecuteOp(key, instance, a.task(), a.intervalMs(), timeout, a.node(), def.agentClass(),
                def.provider(), def.type(), LocalResources.attributesXml(params), LocalResources.attributesXml(meta)));
    }

    static String stripInstance(String rsc) {
        int colon = rsc.indexOf(':');
        return colon < 0 ? rsc : rsc.substring(0, colon);
    }

    private static String instanceNumber(String rsc) {
        int colon = rsc.indexOf(':');
        return colon < 0 ? "0" : rsc.substring(colon + 1);
    }

    /** A primitive built from a template takes the template's agent, sets and ops, its own coming first. */
    private static Primitive withTemplate(Cib cib, Primitive p) {
        if (p.template() == null) {
            return p;
        }
        return cib.configuration().resources().stream().filter(r -> r instanceof Template t
                && t.id().equals(p.template())).map(r -> ((Template) r).body()).findFirst().map(t -> {
                    Map<String, String> attrs = new LinkedHashMap<>(t.attributes());
                    attrs.putAll(p.attributes());
                    List<NvSet> sets = new java.util.ArrayList<>(p.sets());
                    sets.addAll(t.sets());
                    List<Operation> ops = new java.util.ArrayList<>(p.operations());
                    ops.addAll(t.operations());
                    return p.withAttributes(attrs).withSets(sets).withOperations(ops);
                }).orElse(p);
    }

    private static Optional<Clone> parentClone(Cib cib, String id) {
        for (Resource r : cib.configuration().resources()) {
            if (r instanceof Clone c && c.selfAndDescendants().stream().anyMatch(d -> id.equals(d.id()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static long timeoutMs(Cib cib, Primitive p, String task, long intervalMs) {
        for (Operation op : p.operations()) {
            if (task.equals(op.name()) && op.intervalMs() == intervalMs) {
                Optional<String> t = op.get("timeout");
                if (t.isPresent() && TimeSpec.isValid(t.get())) {
                    return TimeSpec.parseMillis(t.get());
                }
            }
        }
        Optional<String> dflt = cib.configuration().opDefaults().flatMap(sets -> sets.stream()
                .filter(s -> s.rule().isEmpty()).map(s -> s.get("timeout")).flatMap(Optional::stream).findFirst());
        return dflt.filter(TimeSpec::isValid).map(TimeSpec::parseMillis).orElse(DEFAULT_TIMEOUT_MS);
    }
}
