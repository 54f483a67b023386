package io.tandem.scheduler;

import io.tandem.cib.Cib;
import io.tandem.cib.Score;
import io.tandem.transition.Action;
import io.tandem.transition.Edge;
import io.tandem.transition.TransitionGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy engine: {@code (Cib, now) -> SchedulerResult}. Stages, as Pacemaker's: unpack, constraints,
 * assign, create actions, orderings, graph, summary. Pure and deterministic.
 */
public final class Scheduler {

    private Scheduler() {
    }

    public static SchedulerResult schedule(Cib input, Instant now) {
        Cib cib = Templates.expand(input);
        ClusterStatus status = Tickets.fenceForLostTickets(Unpacker.unpack(cib, now));
        Units units = Units.build(status);
        Constraints constraints = new Constraints(status, units);
        constraints.apply();
        Placement placement = new Placement(status, units, constraints.colocs);
        placement.assignAll(allocationOrder(units, status));
        Promotion.decide(status, units);
        ActionPlanner plan = new ActionPlanner(status, units);
        plan.create();
        plan.order(constraints.orders);
        plan.colocations(constraints.colocs);
        plan.propagate();
        TransitionGraph graph = graph(plan);
        List<String> summary = SummaryWriter.write(units, plan);
        Map<String, String> placed = new LinkedHashMap<>();
        for (Unit u : units.units()) {
            placed.put(u.id, u.assigned);
        }
        List<AllocationScore> scores = new ArrayList<>();
        placement.scores().forEach((u, sc) -> sc.forEach((n, s) -> scores.add(new AllocationScore(u.id, n, s,
                u.reasons.getOrDefault(n, List.of())))));
        return new SchedulerResult(status, placed, scores, graph, summary, List.copyOf(units.unsupported()));
    }

    /**
     * Top-level resources by priority (highest first), then configuration order. With a utilization
     * placement strategy Pacemaker also sorts by the score on the current node, then by the scores on
     * each node in name order (its cmp_resources).
     */
    static List<String> allocationOrder(Units units, ClusterStatus status) {
        List<String> order = new ArrayList<>(units.topLevel());
        Comparator<String> byPriority = Comparator.comparingInt(id -> -Score.parse(units.metaById()
                .getOrDefault(id, Map.of()).getOrDefault("priority", "0")));
        if (status.options().placementStrategy().equals("default")) {
            order.sort(byPriority);
            return order;
        }
        List<String> nodeNames = status.nodes().stream().map(NodeStatus::uname).sorted().toList();
        Map<String, Map<String, Integer>> weights = new java.util.HashMap<>();
        Map<String, Integer> currentWeight = new java.util.HashMap<>();
        for (String id : order) {
            List<Unit> members = members(units, id);
            Map<String, Integer> w = new java.util.HashMap<>();
            for (String n : nodeNames) {
                int sum = 0;
                boolean any = false;
                for (Unit u : members) {
                    Integer b = u.base.get(n);
                    sum = Score.add(sum, b == null ? -Score.INFINITY : b);
                    any = true;
                }
                w.put(n, any ? sum : -Score.INFINITY);
            }
            weights.put(id, w);
            String cur = members.isEmpty() ? null : members.get(0).currentNode();
            currentWeight.put(id, cur == null ? -Score.INFINITY : w.getOrDefault(cur, -Score.INFINITY));
        }
        Comparator<String> cmp = byPriority.thenComparingInt(id -> -currentWeight.get(id));
        order.sort(cmp.thenComparing((a, b) -> {
            for (String n : nodeNames) {
                int c = Integer.compare(weights.get(b).get(n), weights.get(a).get(n));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }));
        return order;
    }

    private static List<Unit> members(Units units, String id) {
        if (units.groups().containsKey(id)) {
            return units.groups().get(id);
        }
        if (units.clones().containsKey(id)) {
            List<List<Unit>> inst = units.clones().get(id);
            return inst.isEmpty() ? List.of() : inst.get(0);
        }
        Unit u = units.unit(id);
        return u == null ? List.of() : List.of(u);
    }

    /** Keeps the actions that will run (required, runnable) plus their pseudo wrappers, and their edges. */
    static TransitionGraph graph(ActionPlanner plan) {
        List<Action> actions = new ArrayList<>();
        for (PlannedAction a : plan.actions) {
            if (!a.pseudo && (a.optional || !a.runnable)) {
                continue;
            }
            if (a.pseudo && !hasRequiredNeighbour(a, plan)) {
                continue;
            }
            a.id = actions.size();
            Action.Kind kind = a.pseudo ? Action.Kind.PSEUDO
                    : a.task.equals("stonith") ? Action.Kind.FENCE : Action.Kind.RESOURCE;
            String key = a.task.equals("stonith") ? a.rsc : a.key();
            actions.add(new Action(a.id, key, a.rsc, a.task, a.intervalMs, a.pseudo ? null : a.node, kind,
                    Map.of()));
        }
        List<Edge> edges = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (ActionPlanner.Link l : plan.links) {
            if (l.first() == null || l.then() == null || l.first().id < 0 || l.then().id < 0
                    || l.first().id == l.then().id) {
                continue;
            }
            if (seen.add(((long) l.first().id << 32) | l.then().id)) {
                edges.add(new Edge(l.first().id, l.then().id));
            }
        }
        return new TransitionGraph(actions, edges);
    }

    private static boolean hasRequiredNeighbour(PlannedAction p, ActionPlanner plan) {
        return plan.requiredNeighbours().contains(p);
    }
}
