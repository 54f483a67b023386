package io.tandem.service;

import static io.tandem.cib.Score.INFINITY;

import io.tandem.cib.Score;
import io.tandem.service.ScoreContribution.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A deliberately small scheduler for the fake's fixed configuration. It follows Pacemaker's rules where the
 * tutorial exercises them: scores add with infinity rules, a group member's scores are merged into the
 * group's unless that would leave no node (Pacemaker rolls such a merge back), ties keep the current node,
 * then take the lowest name. Pure: it reads the model and returns a plan with its explained scores.
 */
final class FakeScheduler {

    record Plan(Map<String, String> placement, TreeSet<String> pingNodes, Map<String, List<NodeScore>> scores) {
    }

    private FakeScheduler() {
    }

    static Plan schedule(FakeModel m) {
        Map<String, List<NodeScore>> scores = new LinkedHashMap<>();
        TreeSet<String> ping = schedulePing(m, scores);
        FakeModel withPing = m.copy();
        withPing.pingNodes.clear();
        withPing.pingNodes.addAll(ping);
        Map<String, String> placement = scheduleGroup(withPing, scores);
        return new Plan(placement, ping, scores);
    }

    private static TreeSet<String> schedulePing(FakeModel m, Map<String, List<NodeScore>> scores) {
        TreeSet<String> ping = new TreeSet<>();
        if (m.erased) {
            return ping;
        }
        List<NodeScore> list = new ArrayList<>();
        for (String node : m.nodes.keySet()) {
            List<ScoreContribution> c = new ArrayList<>(availability(m, node));
            if (m.disabled(FakeModel.CLONED)) {
                c.add(new ScoreContribution(Source.DISABLED, "target-role=Stopped", -INFINITY));
            }
            if (m.failCount(FakeModel.CLONED, node) >= m.migrationThreshold) {
                c.add(failTerm(m, FakeModel.CLONED, node));
            }
            if (m.pingNodes.contains(node)) {
                c.add(new ScoreContribution(Source.STICKINESS, "resource-stickiness", m.stickiness));
            }
            int total = sum(c);
            boolean frozen = m.frozen(FakeModel.CLONED) || m.nodes.get(node).maintenance;
            boolean runs = frozen ? m.pingNodes.contains(node) : total > -INFINITY;
            if (runs) {
                ping.add(node);
            }
            list.add(new NodeScore(node, total, c, runs));
        }
        scores.put(FakeModel.CLONED, list);
        scores.put(FakeModel.CLONE, list);
        return ping;
    }

    private static Map<String, String> scheduleGroup(FakeModel m, Map<String, List<NodeScore>> scores) {
        Map<String, String> placement = new LinkedHashMap<>();
        if (m.erased) {
            return placement;
        }
        Optional<String> current = m.groupNode();
        Map<String, List<ScoreContribution>> base = new LinkedHashMap<>();
        for (String node : m.nodes.keySet()) {
            base.put(node, baseTerms(m, node, current));
        }
        Map<String, Map<String, List<ScoreContribution>>> own = new LinkedHashMap<>();
        for (String member : FakeModel.MEMBERS) {
            Map<String, List<ScoreContribution>> perNode = new LinkedHashMap<>();
            for (String node : m.nodes.keySet()) {
                perNode.put(node, ownTerms(m, member, node));
            }
            own.put(member, perNode);
        }
        // The group's node: the first member's scores plus each later member's, unless merging leaves no node.
        Map<String, List<ScoreContribution>> combined = new LinkedHashMap<>();
        for (String node : m.nodes.keySet()) {
            List<ScoreContribution> c = new ArrayList<>(base.get(node));
            c.addAll(own.get(FakeModel.MEMBERS.get(0)).get(node));
            combined.put(node, c);
        }
        for (String member : FakeModel.MEMBERS.subList(1, FakeModel.MEMBERS.size())) {
            Map<String, List<ScoreContribution>> merged = new LinkedHashMap<>();
            boolean anyLeft = false;
            for (String node : m.nodes.keySet()) {
                List<ScoreContribution> c = new ArrayList<>(combined.get(node));
                for (ScoreContribution t : own.get(member).get(node)) {
                    c.add(new ScoreContribution(Source.COLOCATION, member + ": " + t.detail(), t.value()));
                }
                merged.put(node, c);
                anyLeft |= sum(c) > -INFINITY;
            }
            if (anyLeft) {
                combined = merged;
            }
        }
        String chosen = null;
        int best = -INFINITY;
        for (String node : m.nodes.keySet()) {
            int total = sum(combined.get(node));
            boolean better = total > best || total == best && total > -INFINITY && current.filter(node::equals).isPresent();
            if (total > -INFINITY && better) {
                chosen = node;
                best = total;
            }
        }
        String previousNode = null;
        for (int i = 0; i < FakeModel.MEMBERS.size(); i++) {
            String member = FakeModel.MEMBERS.get(i);
            String node;
            if (m.frozen(member)) {
                node = m.placement.get(member);
            } else if (chosen == null || sum(own.get(member).get(chosen)) <= -INFINITY
                    || i > 0 && !chosen.equals(previousNode)) {
                node = null;
            } else {
                node = chosen;
            }
            if (node != null) {
                placement.put(member, node);
            }
            previousNode = node;
            List<NodeScore> list = new ArrayList<>();
            for (String n : m.nodes.keySet()) {
                List<ScoreContribution> c;
                if (i == 0) {
                    c = combined.get(n);
                } else {
                    // location constraints on a group apply to each member: show them too
                    c = new ArrayList<>(base.get(n));
                    c.addAll(own.get(member).get(n));
                    String leader = placement.get(FakeModel.MEMBERS.get(i - 1));
                    if (leader == null || !leader.equals(n)) {
                        c.add(new ScoreContribution(Source.COLOCATION,
                                FakeModel.MEMBERS.get(i - 1) + " → " + (leader == null ? "Stopped" : leader),
                                -INFINITY));
                    } else {
                        c.add(new ScoreContribution(Source.COLOCATION, FakeModel.MEMBERS.get(i - 1) + " → " + n, 0));
                    }
                }
                list.add(new NodeScore(n, sum(c), c, n.equals(node)));
            }
            scores.put(member, list);
            if (i == 0) {
                scores.put(FakeModel.GROUP, list);
            }
        }
        return placement;
    }

    private static List<ScoreContribution> baseTerms(FakeModel m, String node, Optional<String> current) {
        List<ScoreContribution> c = new ArrayList<>(availability(m, node));
        if (m.disabled(FakeModel.GROUP)) {
            c.add(new ScoreContribution(Source.DISABLED, "target-role=Stopped", -INFINITY));
        }
        String value = m.attribute(node);
        if (value == null || Integer.parseInt(value) < 1000) {
            c.add(new ScoreContribution(Source.RULE,
                    "web_location: not_defined default_ping_set or default_ping_set lt 1000 [default_ping_set=" + (value == null ? "—" : value) + "]",
                    -INFINITY));
        }
        for (MoveConstraint mc : m.moves) {
            if (mc.node().equals(node)) {
                c.add(new ScoreContribution(mc.kind() == MoveKind.BAN ? Source.BAN : Source.PREFER, mc.id(),
                        mc.kind() == MoveKind.BAN ? -INFINITY : INFINITY));
            }
        }
        if (current.filter(node::equals).isPresent()) {
            c.add(new ScoreContribution(Source.STICKINESS, "resource-stickiness=" + Score.format(m.stickiness), m.stickiness));
        }
        return c;
    }

    private static List<ScoreContribution> ownTerms(FakeModel m, String member, String node) {
        List<ScoreContribution> c = new ArrayList<>();
        if (m.meta.get(member).stopped) {
            c.add(new ScoreContribution(Source.DISABLED, member + " target-role=Stopped", -INFINITY));
        }
        if (m.failCount(member, node) >= m.migrationThreshold) {
            c.add(failTerm(m, member, node));
        }
        return c;
    }

    private static ScoreContribution failTerm(FakeModel m, String resource, String node) {
        return new ScoreContribution(Source.FAILCOUNT,
                resource + " fail-count=" + m.failCount(resource, node) + " migration-threshold=" + m.migrationThreshold,
                -INFINITY);
    }

    private static List<ScoreContribution> availability(FakeModel m, String node) {
        FakeModel.NodeState n = m.nodes.get(node);
        List<ScoreContribution> c = new ArrayList<>();
        if (!n.online) {
            c.add(new ScoreContribution(Source.NODE_OFFLINE, node + " OFFLINE", -INFINITY));
        } else if (n.standby) {
            c.add(new ScoreContribution(Source.STANDBY, "standby=on", -INFINITY));
        }
        if (n.maintenance) {
            c.add(new ScoreContribution(Source.MAINTENANCE, "maintenance=on", -INFINITY));
        }
        return c;
    }

    static int sum(List<ScoreContribution> terms) {
        int s = 0;
        for (ScoreContribution t : terms) {
            s = Score.add(s, t.value());
        }
        return s;
    }
}
