package io.tandem.cli;

import io.tandem.cib.Cib;
import io.tandem.cib.CibNode;
import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.cib.NodeState;
import io.tandem.cib.NvPair;
import io.tandem.cib.NvSet;
import io.tandem.cib.Primitive;
import io.tandem.scheduler.Unpacker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * crm_simulate's "Performing Requested Modifications": nodes brought up or down ({@code -u}/{@code -d})
 * and operation results injected ({@code -i RSC_OP_INTERVAL@NODE=RC}), a failure also bumping the
 * per-operation fail-count and setting last-failure, as Pacemaker's injector does.
 */
final class CrmSimulateInject {

    private CrmSimulateInject() {
    }

    /** The CIB after the changes; each change prints its line to {@code out}. */
    static Cib apply(Cib cib, List<String> up, List<String> down, List<String> ops, Instant now,
            StringBuilder out) {
        for (String n : up) {
            out.append("  * Bringing node ").append(n).append(" online\n");
            cib = node(cib, n, true);
        }
        for (String n : down) {
            out.append("  * Taking node ").append(n).append(" offline\n");
            cib = node(cib, n, false);
        }
        for (String spec : ops) {
            cib = op(cib, spec, now, out);
        }
        return cib;
    }

    private static Cib node(Cib cib, String uname, boolean up) {
        NodeState ns = state(cib, uname);
        ns = ns.withAttribute("in_ccm", up ? "true" : "false").withAttribute("crmd", up ? "online" : "offline")
                .withAttribute("join", up ? "member" : "down").withAttribute("expected", up ? "member" : "down");
        return cib.withStatus(cib.status().withNode(ns));
    }

    private static NodeState state(Cib cib, String uname) {
        return cib.status().node(uname).orElseGet(() -> {
            String id = cib.configuration().findNode(uname).map(CibNode::id).orElse(uname);
            return NodeState.of(id, uname);
        });
    }

    /** RSC_TASK_INTERVAL@NODE=RC, e.g. httpd_monitor_10000@node1=7. */
    static Cib op(Cib cib, String spec, Instant now, StringBuilder out) {
        int at = spec.lastIndexOf('@');
        int eq = spec.lastIndexOf('=');
        if (at < 0 || eq < at) {
            throw new IllegalArgumentException("bad injection " + spec + ": expected RSC_OP_INTERVAL@NODE=RC");
        }
        String key = spec.substring(0, at);
        String uname = spec.substring(at + 1, eq);
        int rc = Integer.parseInt(spec.substring(eq + 1).trim());
        int u2 = key.lastIndexOf('_');
        int u1 = key.lastIndexOf('_', u2 - 1);
        if (u1 <= 0) {
            throw new IllegalArgumentException("bad operation key " + key);
        }
        String rsc = key.substring(0, u1);
        String task = key.substring(u1 + 1, u2);
        long interval = Long.parseLong(key.substring(u2 + 1));
        out.append("  * Injecting ").append(spec).append(" into the configuration\n");
        NodeState ns = state(cib, uname);
        boolean probe = task.equals("monitor") && interval == 0;
        int expected = probe ? 7 : 0;
        boolean failed = rc != expected && !(probe && (rc == 0 || rc == 8));
        String id = failed ? rsc + "_last_failure_0" : interval > 0 ? key : rsc + "_last_0";
        int call = 1;
        for (LrmResource lr : ns.resources()) {
            for (LrmRscOp o : lr.ops()) {
                call = Math.max(call, o.callId() + 1);
            }
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("operation_key", key);
        a.put("operation", task);
        a.put("crm-debug-origin", "crm_simulate");
        a.put("transition-key", call + ":-1:" + expected + ":xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
        a.put("transition-magic", "0:" + rc + ";" + call + ":-1:" + expected + ":xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
        a.put("exit-reason", "");
        a.put("call-id", Integer.toString(call));
        a.put("rc-code", Integer.toString(rc));
        a.put("op-status", "0");
        a.put("interval", Long.toString(interval));
        a.put("last-rc-change", Long.toString(now.getEpochSecond()));
        a.put("exec-time", "0");
        a.put("queue-time", "0");
        List<LrmResource> rs = new ArrayList<>(ns.resources());
        int idx = -1;
        for (int i = 0; i < rs.size(); i++) {
            if (rs.get(i).id().equals(rsc)) {
                idx = i;
            }
        }
        if (idx < 0) {
            Primitive p = cib.configuration().allPrimitives().stream()
                    .filter(x -> x.id().equals(Unpacker.baseId(rsc))).findFirst().orElse(null);
            rs.add(p == null ? LrmResource.of(rsc, "ocf", "pacemaker", "Dummy")
                    : LrmResource.of(rsc, p.agentClass(), p.provider(), p.type()));
            idx = rs.size() - 1;
        }
        LrmResource lr = rs.get(idx);
        List<LrmRscOp> ops = new ArrayList<>(lr.ops());
        ops.removeIf(o -> id.equals(o.id()));
        ops.add(new LrmRscOp(a));
        rs.set(idx, lr.withOps(ops));
        ns = ns.withResources(rs);
        if (failed) {
            String fc = "fail-count-" + rsc + "#" + task + "_" + interval;
            String lf = "last-failure-" + rsc + "#" + task + "_" + interval;
            out.append("  * Injecting attribute ").append(fc).append("=value++ into /node_state '").append(ns.id())
                    .append("'\n");
            out.append("  * Injecting attribute ").append(lf).append('=').append(now.getEpochSecond())
                    .append(" into /node_state '").append(ns.id()).append("'\n");
            ns = withTransient(ns, fc, Integer.toString(current(ns, fc) + 1));
            ns = withTransient(ns, lf, Long.toString(now.getEpochSecond()));
        }
        return cib.withStatus(cib.status().withNode(ns));
    }

    private static int current(NodeState ns, String name) {
        return ns.transientAttribute(name).map(io.tandem.cib.Score::parse).orElse(0);
    }

    private static NodeState withTransient(NodeState ns, String name, String value) {
        List<NvSet> sets = new ArrayList<>(ns.transientSets());
        if (sets.isEmpty()) {
            sets.add(NvSet.of(NvSet.INSTANCE, "status-" + ns.id(), List.of()));
        }
        NvSet first = sets.get(0);
        String pairId = "status-" + ns.id() + "-" + name.replace('#', '.');
        List<NvPair> pairs = new ArrayList<>();
        boolean found = false;
        for (NvPair p : first.pairs()) {
            if (name.equals(p.name())) {
                pairs.add(NvPair.of(p.id(), name, value));
                found = true;
            } else {
                pairs.add(p);
            }
        }
        if (!found) {
            pairs.add(NvPair.of(pairId, name, value));
        }
        sets.set(0, first.withPairs(pairs));
        return ns.withTransientSets(sets);
    }
}
