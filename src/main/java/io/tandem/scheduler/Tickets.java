package io.tandem.scheduler;

import io.tandem.cib.Constraint;
import io.tandem.cib.ResourceSet;
import io.tandem.cib.Score;
import io.tandem.cib.TicketConstraint;
import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rsc_ticket: resources run only where their ticket is granted and not in standby. When it is not,
 * the loss-policy decides: stop (ban everywhere), freeze (stay put, start nowhere), fence (fence the
 * nodes running them: "deadman ticket was lost"), demote (promotable only; stop otherwise).
 */
final class Tickets {

    private Tickets() {
    }

    record State(boolean granted, boolean standby) {
    }

    static Map<String, State> states(ClusterStatus status) {
        Map<String, State> out = new HashMap<>();
        for (XmlElement t : status.cib().status().tickets()) {
            out.put(t.id(), new State(ClusterOptions.isTrue(t.attributes().getOrDefault("granted", "false")),
                    ClusterOptions.isTrue(t.attributes().getOrDefault("standby", "false"))));
        }
        return out;
    }

    private static List<String> resources(TicketConstraint t) {
        List<String> out = new ArrayList<>();
        if (t.get("rsc") != null) {
            out.add(t.get("rsc"));
        }
        for (ResourceSet s : t.sets()) {
            out.addAll(s.resourceRefs());
        }
        return out;
    }

    private static boolean roleLimited(TicketConstraint t) {
        Role r = Role.parse(t.get("rsc-role"));
        return r == Role.PROMOTED || r == Role.UNPROMOTED;
    }

    static void apply(TicketConstraint t, ClusterStatus status, Constraints c) {
        State s = states(status).getOrDefault(t.ticket(), new State(false, false));
        if (s.granted() && !s.standby() || roleLimited(t)) {
            return;
        }
        String policy = t.get("loss-policy") == null ? "stop" : t.get("loss-policy").toLowerCase();
        for (String rsc : resources(t)) {
            for (Unit u : c.targets(rsc)) {
                for (NodeStatus n : status.nodes()) {
                    boolean keep = policy.equals("freeze") && s.granted() == false && u.current.contains(n.uname());
                    if (!keep) {
                        u.addScore(n.uname(), -Score.INFINITY, "ticket " + t.ticket() + " not granted");
                    }
                }
            }
        }
    }

    /** Nodes running a resource whose ticket was revoked with loss-policy=fence must be fenced. */
    static ClusterStatus fenceForLostTickets(ClusterStatus status) {
        Map<String, State> states = states(status);
        List<NodeStatus> nodes = new ArrayList<>(status.nodes());
        boolean changed = false;
        for (Constraint con : status.cib().configuration().constraints()) {
            if (!(con instanceof TicketConstraint t) || roleLimited(t)
                    || !"fence".equalsIgnoreCase(t.get("loss-policy"))) {
                continue;
            }
            State s = states.getOrDefault(t.ticket(), new State(false, false));
            if (s.granted()) {
                continue;
            }
            for (String rsc : resources(t)) {
                List<String> prims = new ArrayList<>();
                status.cib().configuration().findResource(rsc)
                        .ifPresent(r -> r.selfAndDescendants().forEach(x -> prims.add(x.id())));
                for (String p : prims) {
                    for (ResourceStatus rs : status.historiesOf(p)) {
                        for (String node : rs.activeOn()) {
                            for (int i = 0; i < nodes.size(); i++) {
                                if (nodes.get(i).uname().equals(node) && !nodes.get(i).unclean()) {
                                    nodes.set(i, nodes.get(i).withUnclean("deadman ticket was lost"));
                                    changed = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        if (!changed) {
            return status;
        }
        return new ClusterStatus(status.cib(), status.now(), status.options(), nodes, status.resources(),
                status.failCounts(), status.haveQuorum(), status.dcNode(), status.warnings());
    }
}
