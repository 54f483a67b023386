package io.tandem.cli;

import io.tandem.cib.Cib;
import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.cib.NodeState;
import io.tandem.cib.Primitive;
import io.tandem.scheduler.Unpacker;
import io.tandem.transition.Action;
import io.tandem.transition.ActionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * crm_simulate's fake executor: every resource action succeeds and is recorded in the CIB status as
 * Pacemaker's simulator records it (probes find the resource stopped, rc 7), so the revised status
 * can be unpacked like any other.
 */
final class CrmSimulateExecutor {

    private Cib cib;
    private int callId = 1000;

    CrmSimulateExecutor(Cib cib) {
        this.cib = cib;
    }

    Cib cib() {
        return cib;
    }

    ActionResult execute(Action a) {
        if (a.node() == null || a.rsc() == null) {
            return ActionResult.OK;
        }
        NodeState ns = findNode(a.node());
        if (ns == null) {
            return ActionResult.OK;
        }
        boolean probe = a.task().equals("monitor") && a.intervalMs() == 0;
        int rc = probe ? 7 : 0;
        String id = a.intervalMs() > 0 ? a.rsc() + "_" + a.task() + "_" + a.intervalMs() : a.rsc() + "_last_0";
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("id", id);
        attrs.put("operation_key", a.key());
        attrs.put("operation", a.task());
        attrs.put("transition-key", "1:1:" + rc + ":tandem-simulate");
        attrs.put("call-id", Integer.toString(++callId));
        attrs.put("rc-code", Integer.toString(rc));
        attrs.put("op-status", "0");
        attrs.put("interval", Long.toString(a.intervalMs()));
        LrmRscOp op = new LrmRscOp(attrs);
        List<LrmResource> rs = new ArrayList<>(ns.resources());
        int idx = -1;
        for (int i = 0; i < rs.size(); i++) {
            if (rs.get(i).id().equals(a.rsc())) {
                idx = i;
            }
        }
        LrmResource lr;
        if (idx < 0) {
            Primitive p = cib.configuration().allPrimitives().stream()
                    .filter(x -> x.id().equals(Unpacker.baseId(a.rsc()))).findFirst().orElse(null);
            lr = p == null ? LrmResource.of(a.rsc(), "ocf", "heartbeat", "Dummy")
                    : LrmResource.of(a.rsc(), p.agentClass(), p.provider(), p.type());
            rs.add(lr);
            idx = rs.size() - 1;
        }
        lr = rs.get(idx);
        List<LrmRscOp> ops = new ArrayList<>();
        for (LrmRscOp o : lr.ops()) {
            if (!id.equals(o.id())) {
                ops.add(o);
            }
        }
        if (a.task().equals("stop")) {
            ops.removeIf(o -> o.intervalMs() > 0);
        }
        ops.add(op);
        rs.set(idx, lr.withOps(ops));
        cib = cib.withStatus(cib.status().withNode(ns.withResources(rs)));
        return ActionResult.OK;
    }

    /** A fenced node is down and clean: out of the membership, with its history wiped. */
    ActionResult fence(Action a) {
        NodeState ns = findNode(a.node());
        if (ns != null) {
            NodeState down = ns.withAttribute("in_ccm", "false").withAttribute("crmd", "offline")
                    .withAttribute("join", "down").withAttribute("expected", "down").withResources(List.of());
            cib = cib.withStatus(cib.status().withNode(down));
        }
        return ActionResult.OK;
    }

    private NodeState findNode(String uname) {
        for (NodeState ns : cib.status().nodes()) {
            if (ns.uname().equals(uname)) {
                return ns;
            }
        }
        for (io.tandem.cib.CibNode n : cib.configuration().nodes()) {
            if (n.uname().equals(uname)) {
                NodeState ns = NodeState.of(n.id(), n.uname());
                cib = cib.withStatus(cib.status().withNode(ns));
                return ns;
            }
        }
        return null;
    }
}
