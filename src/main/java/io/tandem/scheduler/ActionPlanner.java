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
            boolean impliesFirst, boolean asymmetrical) {
        Link(PlannedAction first, PlannedAction then, boolean runnableLeft, boolean impliesThen, boolean impliesFirst) {
            this(first, then, runnableLeft, impliesThen, impliesFirst, false);
        }
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

    /** Fencing of unclean nodes, when fencing is enabled and the partition may fence. */
    final Map<String, PlannedAction> fences = new LinkedHashMap<>();

    void create() {
        boolean mayFence = status.options().stonithEnabled()
                && (status.haveQuorum() || status.options().noQuorumPolicy().equals("ignore"));
        for (NodeStatus n : status.nodes()) {
            if (n.unclean() && mayFence) {
                String action = status.options().stonithAction();
                PlannedAction f = add(new PlannedAction(null, "stonith-" + n.uname() + "-" + action, "stonith", 0,
                        n.uname(), false, false));
                f.reason = n.uncleanReason();
                fences.put(n.uname(), f);
            }
        }
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
            // Pacemaker keeps an unmanaged resource's actions, all optional: orderings still see them.
            starts.put(u, add(new PlannedAction(u, u.id, "start", 0, u.currentNode(), false, true)));
            for (String c : u.current) {
                st.put(c, add(new PlannedAction(u, u.id, "stop", 0, c, false, true)));
            }
            return;
        }
        String changed = null;
        for (String c : u.current) {
            NodeHistory h = u.history.get(c);
            boolean failedHere = h != null && h.failed() && !status.node(c).map(NodeStatus::unclean).orElse(false);
            boolean defChanged = c.equals(next) && h != null && definitionChanged(u, h);
            if (defChanged) {
                changed = "resource definition change";
            }
            boolean need = next == null || !c.equals(next) || failedHere || u.current.size() > 1 || defChanged;
            NodeStatus ns = status.node(c).orElse(null);
            boolean fenced = ns != null && ns.unclean();
            // On a node to be fenced the stop is implied by the fencing: a pseudo action after it.
            PlannedAction stop = add(new PlannedAction(u, u.id, "stop", 0, c, fenced, !need));
            if (fenced) {
                PlannedAction f = fences.get(c);
                stop.runnable = f != null;
                if (f != null) {
                    links.add(new Link(f, stop, true, true, false));
                }
            }
            if (next == null) {
                stop.reason = "node availability";
            }
            st.put(c, stop);
        }
        boolean start = next != null && (!u.current.contains(next) || st.containsKey(next) && !st.get(next).optional);
        PlannedAction sa = add(new PlannedAction(u, u.id, "start", 0, next, false, !start));
        sa.reason = changed;
        if (next == null) {
            sa.runnable = false;
        } else if (!status.haveQuorum() && !"nothing".equalsIgnoreCase(u.meta("requires", "quorum"))) {
            String policy = status.options().noQuorumPolicy();
            if (policy.equals("stop") || policy.equals("demote") || policy.equals("suicide")
                    || policy.equals("freeze") && !u.current.contains(next)) {
                sa.runnable = false;
                sa.reason = "no quorum";
            }
        }
        starts.put(u, sa);
        u.migrating = start && next != null && u.current.size() == 1 && !u.current.contains(next) && !u.failed
                && u.groupId == null && u.cloneId == null && u.def != null
                && ClusterOptions.isTrue(u.meta("allow-migrate", "false"))
                && status.node(u.currentNode()).map(n -> n.online() && !n.unclean()).orElse(false);
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

    /** The parameters changed since the last start (its recorded op-digest no longer matches). */
    private boolean definitionChanged(Unit u, NodeHistory h) {
        if (u.def == null || h.lastStart().isEmpty() || u.def.isStonith()) {
            return false;
        }
        OpRecord start = h.lastStart().get();
        if (start.opDigest() == null) {
            return false;
        }
        NodeStatus n = status.node(h.node()).orElse(null);
        io.tandem.rules.RuleContext ctx = io.tandem.rules.RuleContext.forNode(
                n == null ? Map.of() : n.attributes(), status.now());
        Map<String, String> params = io.tandem.rules.NvSets.resolve(u.def.sets(), io.tandem.cib.NvSet.INSTANCE, ctx);
        return !io.tandem.cib.OpDigest.forOperation(params, Map.of(), 0, 0).equals(start.opDigest());
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
            if (o.impliesThen() && interleaved(o.first(), o.then()) && cloneMin(o) == 0) {
                interleave(o);
                continue;
            }
            List<PlannedAction> firsts = endpoints(o.first(), o.firstAction(), true);
            List<PlannedAction> thens = endpoints(o.then(), o.thenAction(), false);
            boolean thenClone = units.clones().containsKey(o.then());
            int min = cloneMin(o);
            if (min > 0 && o.mandatory() && o.firstAction().equals("start")) {
                firsts = List.of(oneOrMore(o, min));
            }
            // An asymmetrical order neither restarts its then side nor blocks a then action that is not needed.
            boolean asym = o.mandatory() && !o.symmetrical();
            boolean firstClone = units.clones().containsKey(o.first()) && min == 0;
            for (PlannedAction f : firsts) {
                for (PlannedAction t : thens) {
                    // Instances of a clone are only held back, never restarted, by a non-interleaved order;
                    // and a clone first requires a restart only through its instance on the then's node.
                    boolean implies = o.impliesThen() && o.symmetrical() && !(thenClone && !t.pseudo)
                            && !(firstClone && !t.pseudo);
                    links.add(new Link(f, t, o.mandatory() && !asym, implies, false, asym));
                }
            }
            if (firstClone && o.impliesThen() && o.symmetrical() && o.firstAction().equals("start")) {
                for (Unit fu : members(o.first())) {
                    PlannedAction fs = starts.get(fu);
                    for (PlannedAction t : thens) {
                        if (!t.pseudo && !(thenClone) && fs != null && fs.node != null && fs.node.equals(t.node)) {
                            links.add(new Link(fs, t, false, true, false));
                        }
                    }
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

    /** clone-min of a clone first side (1 for require-all=false), or 0 when a plain order applies. */
    private int cloneMin(Constraints.Order o) {
        if (!units.clones().containsKey(o.first())) {
            return 0;
        }
        int min = Units.parseInt(units.metaById().getOrDefault(o.first(), Map.of()).get("clone-min"), 0);
        if (min == 0 && !o.impliesThen() && o.mandatory()) {
            min = 1;
        }
        return min;
    }

    /** Pacemaker's clone-one-or-more pseudo action: runnable while enough first instances can run. */
    private PlannedAction oneOrMore(Constraints.Order o, int min) {
        PlannedAction p = add(new PlannedAction(null, "clone-one-or-more:" + o.id(), "", 0, null, true, true));
        int runnable = 0;
        for (List<Unit> inst : units.clones().get(o.first())) {
            PlannedAction s = starts.get(inst.get(inst.size() - 1));
            if (s != null && s.runnable && s.node != null) {
                runnable++;
            }
        }
        p.runnable = runnable >= min;
        return p;
    }

    private boolean interleaved(String first, String then) {
        return units.clones().containsKey(first) && units.clones().containsKey(then) && ClusterOptions.isTrue(
                units.metaById().getOrDefault(then, Map.of()).getOrDefault("interleave", "false"));
    }

    /** Interleaved clones: each then instance depends only on the first instance on its own node. */
    private void interleave(Constraints.Order o) {
        List<List<Unit>> firsts = units.clones().get(o.first());
        List<List<Unit>> thens = units.clones().get(o.then());
        for (List<Unit> t : thens) {
            String node = t.get(0).assigned;
            List<Unit> match = null;
            for (List<Unit> f : firsts) {
                if (node != null && node.equals(f.get(0).assigned)) {
                    match = f;
                }
            }
            PlannedAction tStart = starts.get(t.get(0));
            if (match == null) {
                if (o.mandatory() && node != null && t.get(0).current.isEmpty()) {
                    // Pacemaker un-assigns an interleaved instance that has no first instance beside it.
                    for (Unit u : t) {
                        u.assigned = null;
                        PlannedAction sa = starts.get(u);
                        sa.runnable = false;
                        sa.optional = true;
                    }
                } else if (o.mandatory() && tStart.runnable && node != null) {
                    tStart.runnable = false;
                    tStart.reason = "unrunnable " + o.first() + " running";
                }
                continue;
            }
            Unit fLast = match.get(match.size() - 1);
            links.add(new Link(starts.get(fLast), tStart, o.mandatory(), o.impliesThen(), false));
            if (o.symmetrical()) {
                for (PlannedAction ts : stops.get(t.get(t.size() - 1)).values()) {
                    for (PlannedAction fs : stops.get(match.get(0)).values()) {
                        links.add(new Link(ts, fs, false, false, o.mandatory()));
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
            List<PlannedAction> out = new ArrayList<>();
            switch (action) {
                case "start" -> out.add(asFirst ? p[1] : p[0]);
                case "stop" -> out.add(asFirst ? p[3] : p[2]);
                default -> {
                }
            }
            if (!asFirst && !(units.clones().containsKey(rsc) && action.equals("stop"))) {
                // Pacemaker applies an ordering on a group or clone to each member's action too.
                for (Unit u : members(rsc)) {
                    if (action.equals("start")) {
                        out.add(starts.get(u));
                    } else if (action.equals("stop")) {
                        out.addAll(stops.get(u).values());
                    }
                }
            }
            return out;
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

    private List<Unit> members(String id) {
        if (units.groups().containsKey(id)) {
            return units.groups().get(id);
        }
        List<Unit> all = new ArrayList<>();
        units.clones().getOrDefault(id, List.of()).forEach(all::addAll);
        return all;
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
            links.add(new Link(start, s, true, false, false));
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

    private List<Coloc> colocs = List.of();

    /** Mandatory colocations: a dependent cannot start where its primary cannot. */
    void colocations(List<Coloc> all) {
        this.colocs = all.stream().filter(c -> c.score() >= io.tandem.cib.Score.INFINITY && !c.primaryIsClone()
                && !c.id().startsWith("group:") && c.nodeAttribute() == null).toList();
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
                boolean migratingStart = f.unit != null && f.unit.migrating && f.task.equals("start");
                if (l.impliesThen() && !f.optional && !t.optional && f.runnable && !migratingStart && f.rsc != null
                        && "resource definition change".equals(t.reason)) {
                    // An ordering's reason outranks a definition change, as Pacemaker reports it.
                    t.reason = "required " + f.rsc + " " + f.task;
                }
                if (l.impliesThen() && !f.optional && t.optional && f.runnable && !migratingStart) {
                    t.optional = false;
                    if (t.reason == null && f.rsc != null) {
                        t.reason = "required " + f.rsc + " " + f.task;
                    }
                    changed = true;
                }
                if ((l.runnableLeft() || l.asymmetrical() && !t.optional) && !f.runnable && t.runnable) {
                    t.runnable = false;
                    if (t.reason == null && f.rsc != null) {
                        t.reason = "unrunnable " + f.rsc + (f.task.isEmpty() ? "" : " " + f.task);
                    }
                    changed = true;
                }
                if (l.impliesFirst() && !t.optional && f.optional) {
                    f.optional = false;
                    if (f.reason == null && t.rsc != null) {
                        f.reason = "required " + t.rsc + " " + t.task;
                    }
                    changed = true;
                }
            }
            for (Coloc c : colocs) {
                for (Unit p : c.primaries()) {
                    PlannedAction ps = starts.get(p);
                    if (ps == null || ps.runnable || ps.node == null) {
                        continue;
                    }
                    for (Unit d : c.dependents()) {
                        PlannedAction ds = starts.get(d);
                        if (ds != null && ds.runnable && ds.node != null && ds.node.equals(ps.node)) {
                            ds.runnable = false;
                            if (ds.reason == null) {
                                ds.reason = "colocation with " + (p.groupId != null ? p.groupId : p.id);
                            }
                            changed = true;
                        }
                    }
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
