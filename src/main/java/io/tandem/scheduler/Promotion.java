package io.tandem.scheduler;

import io.tandem.cib.Constraint;
import io.tandem.cib.Location;
import io.tandem.cib.Score;
import io.tandem.rules.RuleContext;
import io.tandem.rules.RuleEvaluator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The promotion stage for promotable clones of primitives: among the placed instances, those with the
 * highest promotion score (the {@code master-RSC} node attribute plus role=Promoted location scores) are
 * promoted, up to promoted-max; a tie keeps the instance that is promoted now.
 */
final class Promotion {

    private Promotion() {
    }

    static void decide(ClusterStatus status, Units units) {
        for (String cloneId : units.clones().keySet()) {
            decide(status, units, cloneId);
        }
    }

    /** Decides the promoted instances of one clone (again: a later call gives the same answer). */
    static void decide(ClusterStatus status, Units units, String cloneId) {
        Map<String, Unit> primaries = units.byId();
        for (Map.Entry<String, List<List<Unit>>> e : Map.of(cloneId, units.clones().get(cloneId)).entrySet()) {
            List<Unit> instances = new ArrayList<>();
            for (List<Unit> inst : e.getValue()) {
                if (inst.size() == 1 && inst.get(0).promotable) {
                    instances.add(inst.get(0));
                }
            }
            if (instances.isEmpty()) {
                continue;
            }
            Map<String, String> meta = units.metaById().getOrDefault(e.getKey(), Map.of());
            int max = Units.parseInt(meta.getOrDefault("promoted-max", meta.get("master-max")), 1);
            List<Unit> candidates = new ArrayList<>();
            Map<Unit, Integer> score = new java.util.HashMap<>();
            for (Unit u : instances) {
                u.promoteNext = false;
                if (u.assigned == null) {
                    continue;
                }
                Integer s = score(status, e.getKey(), u, primaries);
                if (s != null && s >= 0) {
                    candidates.add(u);
                    score.put(u, s);
                }
            }
            candidates.sort(Comparator.<Unit>comparingInt(u -> -score.get(u))
                    .thenComparing(u -> u.promotedNow && u.assigned.equals(u.currentNode()) ? 0 : 1)
                    .thenComparingInt(u -> u.instance));
            for (int i = 0; i < Math.min(max, candidates.size()); i++) {
                candidates.get(i).promoteNext = true;
            }
        }
    }

    /** The promotion score on the instance's node, or null when it may not be promoted there. */
    private static Integer score(ClusterStatus status, String cloneId, Unit u, Map<String, Unit> primaries) {
        NodeStatus n = status.node(u.assigned).orElse(null);
        if (n == null) {
            return null;
        }
        String attr = n.attributes().get("master-" + u.id);
        if (attr == null) {
            attr = n.attributes().get("master-" + u.configId);
        }
        // Without a promotion score an instance that is promoted here stays a candidate (score 0).
        boolean promotedHere = u.promotedNow && n.uname().equals(u.currentNode());
        Integer total = attr != null ? Integer.valueOf(Score.parse(attr)) : promotedHere ? Integer.valueOf(0) : null;
        for (Constraint c : status.cib().configuration().constraints()) {
            if (!(c instanceof Location l)) {
                continue;
            }
            boolean mine = cloneId.equals(l.rsc()) || u.configId.equals(l.rsc());
            if (!mine) {
                continue;
            }
            if (l.node() != null && l.node().equals(n.uname()) && Role.parse(l.role()) == Role.PROMOTED) {
                total = Score.add(total == null ? 0 : total, Score.parse(l.score()));
            }
            for (io.tandem.cib.Rule r : l.rules()) {
                if (Role.parse(r.role()) == Role.PROMOTED
                        && RuleEvaluator.matches(r, RuleContext.forNode(n.attributes(), status.now()))) {
                    total = Score.add(total == null ? 0 : total,
                            RuleEvaluator.score(r, RuleContext.forNode(n.attributes(), status.now())));
                }
            }
        }
        // "clone with-rsc" colocations in the Promoted role pull (or push) the promotion to the primary's node.
        for (Constraint c : status.cib().configuration().constraints()) {
            if (!(c instanceof io.tandem.cib.Colocation co) || !cloneId.equals(co.get("rsc"))
                    || Role.parse(co.get("rsc-role")) != Role.PROMOTED || co.get("with-rsc") == null) {
                continue;
            }
            Unit primary = primaries.get(co.get("with-rsc"));
            if (primary == null || primary.assigned == null) {
                continue;
            }
            int sc = Score.parse(co.get("score"));
            boolean here = primary.assigned.equals(n.uname());
            if (sc >= Score.INFINITY && !here || sc <= -Score.INFINITY && here) {
                return null;
            }
            if (here && total != null) {
                total = Score.add(total, sc);
            } else if (here && sc > 0) {
                total = sc;
            }
        }
        return total;
    }
}
