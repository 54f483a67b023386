package io.tandem.controller;

import io.tandem.cib.Cib;
import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.cib.NodeState;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges operation records into a node's resource history, as Pacemaker does: a record replaces the
 * one with the same id (RSC_last_0, RSC_last_failure_0, RSC_monitor_10000); a stop also drops the
 * recurring monitors it cancelled.
 */
final class History {
    private History() {
    }

    static List<LrmResource> merge(List<LrmResource> history, LrmResource update) {
        List<LrmResource> out = new ArrayList<>();
        boolean found = false;
        for (LrmResource r : history) {
            if (r.id().equals(update.id())) {
                out.add(r.withOps(mergeOps(r.ops(), update.ops())));
                found = true;
            } else {
                out.add(r);
            }
        }
        if (!found) {
            out.add(update.withOps(mergeOps(List.of(), update.ops())));
        }
        return out;
    }

    static Cib record(Cib cib, String node, LrmResource update) {
        NodeState state = cib.status().node(node).orElse(null);
        if (state == null) {
            return cib;
        }
        return cib.withStatus(cib.status().withNode(state.withResources(merge(state.resources(), update))));
    }

    private static List<LrmRscOp> mergeOps(List<LrmRscOp> ops, List<LrmRscOp> updates) {
        List<LrmRscOp> out = new ArrayList<>(ops);
        for (LrmRscOp u : updates) {
            boolean stopped = "stop".equals(u.operation()) && u.rcCode() == 0;
            if (stopped) {
                out.removeIf(o -> o.intervalMs() > 0);
            }
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).id().equals(u.id())) {
                    out.set(i, u);
                    replaced = true;
                }
            }
            if (!replaced) {
                out.add(u);
            }
        }
        return out;
    }
}
