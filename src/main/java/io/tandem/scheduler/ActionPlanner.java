package io.tandem.scheduler;

import io.tandem.cib.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The create-actions and orderings stages: stops, starts, recurring monitors and probes for every unit,
 * group and clone pseudo actions, and the ordering edges, with Pacemaker's flag propagation (an
 * unrunnable first makes a mandatory then unrunnable; a required first makes the then required; a
 * required stop of a later resource is implied by a required stop of an earlier one).
 */
final class ActionPlanner {

    /** An ordering edge with Pacemaker's flags. */
    record Link(PlannedAction first, PlannedAction then, boolean runnableLeft, boolean impliesThen,
            boolean impliesFirst) {
    }

    private final ClusterStatus status;
    private final Units units;
    final List<PlannedAction> actions = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final Map<Unit, PlannedAction> starts = new HashMap<>();
    final Map<Unit, Map<String, PlannedAction>> stops = new HashMap<>();
    private final Map<String, PlannedAction[]> pseudo = new LinkedHashMap<>();

    ActionPlanner(ClusterStatus status, Units units) {
        this.status = status;
        this.units = units;
    }

    private PlannedAction add(PlannedAction a) {
        actions.add(a);
        return a;
    }

    void create() {
        for (Unit u : units.units()) {
            createFor(u);
        }
        for (Unit u : units.units()) {
            probes(u);
        }
    }

    private boolean available(String node) {
        return node != null && status.node(node).map(NodeStatus::canRunResources).orElse(false);
    }

    private void createFor(Unit u) {
        String next = u.assigned;
        boolean managed = u.managed() && !status.options().maintenanceMode();
        Map<String, PlannedAction> st = new LinkedHashMap<>();
        stops.put(u, st);
        if (!managed) {
            return;
        }
        for (String c : u.current) {
            NodeHistory h = u.history.get(c);
            boolean failedHere = h != null && h.failed();
            boolean need = next == null || !c.equals(next) || failedHere || u.current.size() > 1;
            PlannedAction stop = add(new PlannedAction(u, u.id, "stop", 0, c, false, !need));
            NodeStatus ns = status.node(c).orElse(null);
            if (ns != null && ns.unclean()) {
                stop.runnable = status.options().stonithEnabled();
            }
            if (next == null) {
                stop.reason = "node availability";
            }
            st.put(c, stop);
        }
        boolean start = next != null && (!u.current.contains(next) || st.containsKey(next) && !st.get(next).optional);
        PlannedAction sa = add(new PlannedAction(u, u.id, "start", 0, next, false, !start));
        if (next == null) {
            sa.runnable = false;
        }
        starts.put(u, sa);
        for (PlannedAction stop : st.values()) {
            links.add(new Link(stop, sa, false, true, false));
        }
        if (u.def != null && next != null) {
            NodeHistory h = u.history.get(next);
            for (Operation op : u.def.operations()) {
                if (!"monitor".equals(op.name()) || op.intervalMs() <= 0 || !op.enabled()) {
                    continue;
                }
                Role r = Role.parse(op.role());
                if (r != Role.UNKNOWN && r != Role.STARTED) {
                    continue;
                }
                boolean exists = h != null && h.activeMonitors().containsKey(op.intervalMs());
                if (!start && exists) {
                    continue;
                }
                PlannedAction mon = add(new PlannedAction(u, u.id, "monitor", op.intervalMs(), next, false, false));
                links.add(new Link(sa, mon, true, true, false));
            }
        }
    }

    private void probes(Unit u) {
        if (u.def == null || u.orphan) {
            return;
        }
        if (u.cloneId != null && u.instance != 0 && !ClusterOptions.isTrue(units.metaById()
                .getOrDefault(u.cloneId, Map.of()).getOrDefault("globally-unique", "false"))) {
            return;
        }
        for (NodeStatus n : status.nodes()) {
            if (!n.online() || n.unclean() || n.pending()) {
                continue;
            }
            if (units.probed().getOrDefault(u.configId, java.util.Set.of()).contains(n.uname())
                    || u.history.containsKey(n.uname())) {
                continue;
            }
            PlannedAction p = add(new PlannedAction(u, u.id, "monitor", 0, n.uname(), false, false));
            PlannedAction sa = starts.get(u);
            if (sa != null) {
                links.add(new Link(p, sa, false, false, false));
            }
        }
    }

    /** Group and clone pseudo actions and the orderings between members, instances and constraints. */
    void order(List<Constraints.Order> orders) {
        for (Map.Entry<String, List<Unit>> g : units.groups().entrySet()) {
            List<Unit> m = g.getValue();
            for (int i = 1; i < m.size(); i++) {
                links.add(new Link(starts.get(m.get(i - 1)), starts.get(m.get(i)), true, true, false));
                for (PlannedAction later : stops.get(m.get(i)).values()) {
                    for (PlannedAction earlier : stops.get(m.get(i - 1)).values()) {
                        links.add(new Link(later, earlier, false, false, true));
                    }
                }
            }
            wrap(g.getKey(), m);
        }
        for (Map.Entry<String, List<List<Unit>>> c : units.clones().entrySet()) {
            List<Unit> all = new ArrayList<>();
            c.getValue().forEach(all::addAll);
            wrap(c.getKey(), all);
        }
        for (Constraints.Order o : orders) {
            List<PlannedAction> firsts = endpoints(o.first(), o.firstAction(), true);
            List<PlannedAction> thens = endpoints(o.then(), o.thenAction(), false);
            for (PlannedAction f : firsts) {
                for (PlannedAction t : thens) {
                    links.add(new Link(f, t, o.mandatory(), o.mandatory(), false));
                }
            }
            if (o.symmetrical()) {
                List<PlannedAction> tStops = endpoints(o.then(), invert(o.thenAction()), true);
                List<PlannedAction> fStops = endpoints(o.first(), invert(o.firstAction()), false);
                for (PlannedAction t : tStops) {
                    for (PlannedAction f : fStops) {
                        links.add(new Link(t, f, false, false, o.mandatory()));
                    }
                }
            }
        }
    }

    private static String invert(String a) {
        return switch (a) {
            case "start" -> "stop";
            case "stop" -> "start";
            case "promote" -> "demote";
            case "demote" -> "promote";
            default -> a;
        };
    }

    /** The actions standing for "RSC ACTION": a primitive's own, or a group's/clone's pseudo action. */
    private List<PlannedAction> endpoints(String rsc, String action, boolean asFirst) {
        PlannedAction[] p = pseudo.get(rsc);
        if (p != null) {
            return switch (action) {
                case "start" -> List.of(asFirst ? p[1] : p[0]);
                case "stop" -> List.of(asFirst ? p[3] : p[2]);
                default -> List.of();
            };
        }
        List<PlannedAction> out = new ArrayList<>();
        for (Unit u : units.units()) {
            if (u.id.equals(rsc)) {
                if (action.equals("start") && starts.get(u) != null) {
                    out.add(starts.get(u));
                } else if (action.equals("stop")) {
                    out.addAll(stops.get(u).values());
                }
            }
        }
        return out;
    }

    /** start, running, stop, stopped pseudo actions around a group's or clone's members. */
    private void wrap(String id, List<Unit> members) {
        PlannedAction start = add(new PlannedAction(null, id, "start", 0, null, true, true));
        PlannedAction running = add(new PlannedAction(null, id, "running", 0, null, true, true));
        PlannedAction stop = add(new PlannedAction(null, id, "stop", 0, null, true, true));
        PlannedAction stopped = add(new PlannedAction(null, id, "stopped", 0, null, true, true));
        pseudo.put(id, new PlannedAction[] {start, running, stop, stopped});
        boolean isClone = units.clones().containsKey(id);
        boolean anyRunnable = false;
        for (Unit u : members) {
            PlannedAction s = starts.get(u);
            links.add(new Link(start, s, true, true, false));
            links.add(new Link(s, running, !isClone, true, false));
            if (s.runnable && s.node != null) {
                anyRunnable = true;
            }
            for (PlannedAction x : stops.get(u).values()) {
                links.add(new Link(stop, x, false, true, false));
                links.add(new Link(x, stopped, false, true, false));
            }
        }
        links.add(new Link(stop, start, false, false, false));
        if (isClone && !anyRunnable) {
            running.runnable = false;
            start.runnable = false;
        }
    }

    /** Settles optional/runnable flags to a fixed point. */
    void propagate() {
        boolean changed = true;
        int guard = 0;
        while (changed && guard++ < 1000) {
            changed = false;
            for (Link l : links) {
                PlannedAction f = l.first();
                PlannedAction t = l.then();
                if (f == null || t == null) {
                    continue;
                }
                if (l.runnableLeft() && !f.runnable && t.runnable) {
                    t.runnable = false;
                    if (t.reason == null && f.rsc != null && !f.pseudo) {
                        t.reason = "unrunnable " + f.rsc + " " + f.task;
                    } else if (t.reason == null && f.reason != null) {
                        t.reason = f.reason;
                    }
                    changed = true;
                }
                if (l.impliesThen() && !f.optional && t.optional && f.runnable) {
                    t.optional = false;
                    changed = true;
                }
                if (l.impliesFirst() && !t.optional && f.optional) {
                    f.optional = false;
                    changed = true;
                }
            }
            for (Unit u : units.units()) {
                PlannedAction sa = starts.get(u);
                Map<String, PlannedAction> st = stops.get(u);
                if (sa == null || st == null) {
                    continue;
                }
                PlannedAction here = sa.node == null ? null : st.get(sa.node);
                if (here != null && !here.optional && sa.optional) {
                    sa.optional = false;
                    changed = true;
                }
                if (here != null && !sa.optional && here.optional && sa.runnable) {
                    here.optional = false;
                    changed = true;
                }
                if (here != null && !sa.runnable && here.optional) {
                    here.optional = false;
                    sa.optional = false;
                    changed = true;
                }
            }
        }
    }
}
