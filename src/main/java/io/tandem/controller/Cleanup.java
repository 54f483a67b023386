package io.tandem.controller;

import io.tandem.cib.Cib;
import io.tandem.cib.LrmResource;
import io.tandem.cib.NodeState;
import io.tandem.cib.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code crm resource cleanup}'s effect on the status: the resources' history is deleted on one node
 * (or all), so the next transition re-probes them. Fail-counts are cleared through attrd by the shell.
 */
final class Cleanup {
    private Cleanup() {
    }

    static Cib history(Cib cib, List<String> resources, String node) {
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState s : cib.status().nodes()) {
            if (node == null || node.isEmpty() || node.equals(s.uname())) {
                List<LrmResource> kept = s.resources().stream()
                        .filter(r -> !resources.contains(baseId(r.id()))).toList();
                nodes.add(kept.size() == s.resources().size() ? s : s.withResources(kept));
            } else {
                nodes.add(s);
            }
        }
        return cib.withStatus(new Status(cib.status().attributes(), nodes, cib.status().unknown()));
    }

    /** Anonymous clone instances are recorded as "ping:0"; cleanup names "ping". */
    static String baseId(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }
}
