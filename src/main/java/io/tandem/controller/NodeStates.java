package io.tandem.controller;

import io.tandem.cib.Cib;
import io.tandem.cib.CibNode;
import io.tandem.cib.LrmResource;
import io.tandem.cib.NodeState;
import io.tandem.cib.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * How the DC records membership in the CIB, as Pacemaker's controller does: node entries in the
 * configuration, and node_state flags (in_ccm, crmd, join, expected) plus history in the status.
 */
final class NodeStates {

    private NodeStates() {
    }

    /** A member that has joined: online, a member, with the history its executor reported. */
    static Cib joined(Cib cib, String uname, int nodeId, List<LrmResource> history) {
        String id = nodeIdFor(cib, uname, nodeId);
        NodeState state = cib.status().node(uname).orElse(NodeState.of(id, uname))
                .withAttribute("in_ccm", "true").withAttribute("crmd", "online")
                .withAttribute("crm-debug-origin", "do_state_transition")
                .withAttribute("join", "member").withAttribute("expected", "member")
                .withResources(history);
        Cib out = cib.withStatus(cib.status().withNode(state));
        if (cib.configuration().findNode(uname).isEmpty()) {
            List<CibNode> nodes = new ArrayList<>(cib.configuration().nodes());
            nodes.add(CibNode.of(id, uname));
            out = out.withConfiguration(out.configuration().withNodes(nodes));
        }
        return out;
    }

    /** A member the view has lost: out of membership; its transient attributes go, as attrd forgets them. */
    static Cib left(Cib cib, String uname) {
        return cib.status().node(uname).map(s -> cib.withStatus(cib.status().withNode(
                s.withAttribute("in_ccm", "false").withAttribute("crmd", "offline")
                        .withAttribute("join", "down").withAttribute("crm-debug-origin", "peer_update_callback")
                        .withTransientSets(List.of())))).orElse(cib);
    }

    /** Nodes the status calls online that are not in the view (the DC may have restarted without them). */
    static List<String> onlineIn(Status status) {
        List<String> out = new ArrayList<>();
        for (NodeState s : status.nodes()) {
            if ("online".equals(s.get("crmd")) || "true".equals(s.get("in_ccm"))) {
                out.add(s.uname());
            }
        }
        return out;
    }

    private static String nodeIdFor(Cib cib, String uname, int nodeId) {
        return cib.configuration().findNode(uname).map(CibNode::id)
                .or(() -> cib.status().node(uname).map(NodeState::id))
                .orElse(Integer.toString(nodeId));
    }
}
