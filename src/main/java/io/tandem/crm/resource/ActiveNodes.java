package io.tandem.crm.resource;

import io.tandem.cib.Cib;
import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.cib.NodeState;
import io.tandem.cib.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a resource runs according to the status section: a node where the last recorded operation of
 * one of its primitives (clone instances included) succeeded and left it active.
 */
final class ActiveNodes {

    private ActiveNodes() {
    }

    static List<String> of(Cib cib, Resource rsc) {
        Set<String> prims = new java.util.HashSet<>();
        for (Resource r : rsc.selfAndDescendants()) {
            if (r instanceof io.tandem.cib.Primitive) {
                prims.add(r.id());
            }
        }
        List<String> out = new ArrayList<>();
        for (NodeState ns : cib.status().nodes()) {
            for (LrmResource lr : ns.resources()) {
                String base = lr.id().contains(":") ? lr.id().substring(0, lr.id().indexOf(':')) : lr.id();
                if (prims.contains(base) && active(lr) && !out.contains(ns.uname())) {
                    out.add(ns.uname());
                }
            }
        }
        return out;
    }

    private static boolean active(LrmResource lr) {
        LrmRscOp last = null;
        long lastCall = Long.MIN_VALUE;
        for (LrmRscOp op : lr.ops()) {
            String task = op.attributes().get("operation");
            if (task == null) {
                continue;
            }
            long call = parse(op.attributes().get("call-id"));
            if (!"monitor".equals(task) || last == null) {
                if (call >= lastCall) {
                    last = op;
                    lastCall = call;
                }
            }
        }
        if (last == null) {
            return false;
        }
        String task = last.attributes().get("operation");
        String rc = last.attributes().getOrDefault("rc-code", "0");
        return switch (task) {
            case "start", "promote", "demote", "migrate_from" -> rc.equals("0");
            case "monitor" -> rc.equals("0") || rc.equals("8");
            default -> false;
        };
    }

    private static long parse(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
