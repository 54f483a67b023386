package io.tandem.scheduler;

import io.tandem.cib.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assign stage: places units on nodes as Pacemaker's assignment does. Resources are taken by
 * priority; each first has its primaries placed, merges the preferences of the units colocated with
 * it (influence), applies its primaries' placement, then takes the best available node with a
 * non-negative score, keeping its current node on a tie, then the node with fewer resources.
 */
final class Placement {

    private final ClusterStatus status;
    private final Units units;
    private final List<Coloc> colocs;
    private final Map<Unit, List<Coloc>> asDependent = new HashMap<>();
    private final Map<Unit, List<Coloc>> asPrimary = new HashMap<>();
    private final Map<String, Integer> load = new HashMap<>();
    private final Map<Unit, Map<String, Integer>> finalScores = new LinkedHashMap<>();

    Placement(ClusterStatus status, Units units, List<Coloc> colocs) {
        this.status = status;
        this.units = units;
        this.colocs = colocs;
        for (Coloc c : colocs) {
            for (Unit d : c.dependents()) {
                asDependent.computeIfAbsent(d, k -> new ArrayList<>()).add(c);
            }
            for (Unit p : c.primaries()) {
                asPrimary.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
    }

    Map<Unit, Map<String, Integer>> scores() {
        return finalScores;
    }

    void assignAll(List<String> order) {
        for (String top : order) {
            assignResource(top);
        }
        for (Unit u : units.units()) {
            assign(u);
        }
    }

    private void assignResource(String id) {
        if (units.clones().containsKey(id)) {
            assignClone(id);
            return;
        }
        if (units.groups().containsKey(id)) {
            for (Unit u : units.groups().get(id)) {
                assign(u);
            }
            return;
        }
        Unit u = units.unit(id);
        if (u != null) {
            assign(u);
        }
    }

    private void assignClone(String cloneId) {
        List<List<Unit>> instances = units.clones().get(cloneId);
        if (instances.isEmpty() || instances.get(0).get(0).assignedDone || instances.get(0).get(0).assigning) {
            return;
        }
        Map<String, String> meta = units.metaById().getOrDefault(cloneId, Map.of());
        int max = Units.parseInt(meta.get("clone-max"), status.nodes().size());
        int nodeMax = Units.parseInt(meta.get("clone-node-max"), 1);
        Map<String, Integer> perNode = new HashMap<>();
        int placed = 0;
        for (List<Unit> inst : instances) {
            inst.get(0).assigning = true;
        }
        // Primaries of the clone first.
        for (List<Unit> inst : instances) {
            for (Coloc c : asDependent.getOrDefault(inst.get(0), List.of())) {
                placePrimaries(c);
            }
        }
        // Instances keep their current node when they may.
        List<List<Unit>> rest = new ArrayList<>();
        for (List<Unit> inst : instances) {
            Unit rep = inst.get(0);
            String cur = rep.currentNode();
            Map<String, Integer> sc = scoresFor(rep);
            if (placed < max && cur != null && usable(rep, cur, sc) && perNode.getOrDefault(cur, 0) < nodeMax) {
                rep.assigning = false;
                finish(rep, cur, sc);
                perNode.merge(cur, 1, Integer::sum);
                placed++;
                assignMembers(inst);
            } else {
                rest.add(inst);
            }
        }
        for (List<Unit> inst : rest) {
            Unit rep = inst.get(0);
            rep.assigning = false;
            Map<String, Integer> sc = scoresFor(rep);
            String best = null;
            if (placed < max) {
                Set<String> full = new HashSet<>();
                perNode.forEach((n, c) -> {
                    if (c >= nodeMax) {
                        full.add(n);
                    }
                });
                best = choose(rep, sc, full);
            }
            finish(rep, best, sc);
            if (best != null) {
                perNode.merge(best, 1, Integer::sum);
                placed++;
            }
            assignMembers(inst);
        }
    }

    private void assignMembers(List<Unit> inst) {
        for (int i = 1; i < inst.size(); i++) {
            assign(inst.get(i));
        }
    }

    private void placePrimaries(Coloc c) {
        if (c.primaryIsClone() && !c.primaries().isEmpty()) {
            assignClone(c.primaries().get(0).cloneId);
        } else {
            for (Unit p : c.primaries()) {
                assign(p);
            }
        }
    }

    void assign(Unit u) {
        if (u.assignedDone || u.assigning) {
            return;
        }
        if (u.cloneId != null && u.groupId == null || u.cloneId != null && u.previous == null) {
            assignClone(u.cloneId);
            if (u.assignedDone) {
                return;
            }
        }
        u.assigning = true;
        for (Coloc c : asDependent.getOrDefault(u, List.of())) {
            placePrimaries(c);
        }
        u.assigning = false;
        Map<String, Integer> sc = scoresFor(u);
        finish(u, choose(u, sc, Set.of()), sc);
    }

    private void finish(Unit u, String node, Map<String, Integer> sc) {
        u.assigned = node;
        u.assignedDone = true;
        finalScores.put(u, sc);
        if (node != null) {
            load.merge(node, 1, Integer::sum);
        }
    }

    /** The unit's node scores: its own, its dependents' influence, and its primaries' placement. */
    Map<String, Integer> scoresFor(Unit u) {
        Map<String, Integer> sc = new LinkedHashMap<>();
        for (NodeStatus n : status.nodes()) {
            Integer b = u.base.get(n.uname());
            if (b != null) {
                sc.put(n.uname(), b);
            }
        }
        mergeDependents(u, sc, 1.0, new HashSet<>(Set.of(u)));
        for (Coloc c : asDependent.getOrDefault(u, List.of())) {
            applyPrimary(c, sc);
        }
        return sc;
    }

    private void mergeDependents(Unit u, Map<String, Integer> sc, double factor, Set<Unit> seen) {
        for (Coloc c : asPrimary.getOrDefault(u, List.of())) {
            if (c.primaryIsClone() || c.nodeAttribute() != null) {
                continue;
            }
            double f = factor * c.score() / Score.INFINITY;
            for (Unit d : c.dependents()) {
                if (d.assignedDone || !seen.add(d) || d.cloneId != null && u.cloneId == null) {
                    continue;
                }
                Map<String, Integer> work = new LinkedHashMap<>(sc);
                for (Map.Entry<String, Integer> e : work.entrySet()) {
                    Integer ds = d.base.get(e.getKey());
                    int add = ds == null ? (status.options().symmetric() ? 0 : -Score.INFINITY) : scale(ds, f);
                    if (f < 0 && add < 0 && ds != null && ds <= -Score.INFINITY) {
                        continue;
                    }
                    e.setValue(Score.add(e.getValue(), add));
                }
                mergeDependents(d, work, f, seen);
                boolean any = work.entrySet().stream().anyMatch(e -> e.getValue() >= 0 && available(e.getKey()));
                if (any) {
                    sc.putAll(work);
                }
            }
        }
    }

    private static int scale(int score, double f) {
        if (f >= 1.0 || f <= -1.0) {
            if (score <= -Score.INFINITY) {
                return f > 0 ? -Score.INFINITY : Score.INFINITY;
            }
            if (score >= Score.INFINITY) {
                return f > 0 ? Score.INFINITY : -Score.INFINITY;
            }
        }
        return (int) (score * f);
    }

    private void applyPrimary(Coloc c, Map<String, Integer> sc) {
        Set<String> primaryNodes = new HashSet<>();
        boolean anyDone = false;
        for (Unit p : c.primaries()) {
            anyDone |= p.assignedDone;
            if (p.assigned != null) {
                primaryNodes.add(p.assigned);
            }
        }
        if (!anyDone) {
            // The primary is still being placed (a colocation loop): Pacemaker ignores the constraint.
            return;
        }
        Set<String> values = new HashSet<>();
        if (c.nodeAttribute() != null) {
            for (String n : primaryNodes) {
                status.node(n).map(x -> x.attributes().get(c.nodeAttribute())).ifPresent(values::add);
            }
        }
        for (Map.Entry<String, Integer> e : sc.entrySet()) {
            boolean match;
            if (c.nodeAttribute() != null) {
                String v = status.node(e.getKey()).map(x -> x.attributes().get(c.nodeAttribute())).orElse(null);
                match = v != null && values.contains(v);
            } else {
                match = primaryNodes.contains(e.getKey());
            }
            if (c.score() >= Score.INFINITY) {
                if (!match) {
                    e.setValue(-Score.INFINITY);
                }
            } else if (c.score() <= -Score.INFINITY) {
                if (match) {
                    e.setValue(-Score.INFINITY);
                }
            } else if (match) {
                e.setValue(Score.add(e.getValue(), c.score()));
            }
        }
    }

    private boolean available(String node) {
        return status.node(node).map(NodeStatus::canRunResources).orElse(false);
    }

    private boolean usable(Unit u, String node, Map<String, Integer> sc) {
        Integer s = sc.get(node);
        return s != null && s >= 0 && available(node) && u.targetRole() != Role.STOPPED && u.blockedReason == null;
    }

    private String choose(Unit u, Map<String, Integer> sc, Set<String> excluded) {
        if (!u.managed()) {
            return u.currentNode();
        }
        if (u.targetRole() == Role.STOPPED || u.blockedReason != null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sc.entrySet()) {
            if (e.getValue() >= 0 && available(e.getKey()) && !excluded.contains(e.getKey())) {
                candidates.add(e.getKey());
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String cur = u.current.size() == 1 ? u.currentNode() : null;
        candidates.sort(Comparator.<String>comparingInt(n -> -sc.get(n))
                .thenComparingInt(n -> load.getOrDefault(n, 0))
                .thenComparingInt(n -> n.equals(cur) ? 0 : 1).thenComparing(Comparator.naturalOrder()));
        String best = candidates.get(0);
        // A positive tie keeps the resource where it runs, whatever the load.
        if (cur != null && sc.get(best) > 0 && candidates.contains(cur) && sc.get(cur).equals(sc.get(best))) {
            return cur;
        }
        return best;
    }
}
