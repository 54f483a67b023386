package io.tandem.scheduler;

import io.tandem.cib.Colocation;
import io.tandem.cib.Constraint;
import io.tandem.cib.Location;
import io.tandem.cib.Ordering;
import io.tandem.cib.ResourceSet;
import io.tandem.cib.Rule;
import io.tandem.cib.Score;
import io.tandem.cib.TimeSpec;
import io.tandem.rules.RuleContext;
import io.tandem.rules.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The constraints stage: node scores of every unit (symmetric default, location constraints and
 * rules, stickiness, failure bans, hard errors) and the colocations and orderings resolved to units.
 */
final class Constraints {

    /** An ordering between two resources' actions, resolved to ids. */
    record Order(String id, String first, String firstAction, String then, String thenAction, boolean mandatory,
            boolean symmetrical, boolean impliesThen) {
        Order(String id, String first, String firstAction, String then, String thenAction, boolean mandatory,
                boolean symmetrical) {
            this(id, first, firstAction, then, thenAction, mandatory, symmetrical, mandatory);
        }
    }

    private final ClusterStatus status;
    private final Units units;
    final List<Coloc> colocs = new ArrayList<>();
    final List<Order> orders = new ArrayList<>();

    private final Map<String, List<String>> aliases;

    Constraints(ClusterStatus status, Units units) {
        this.status = status;
        this.units = units;
        this.aliases = Templates.aliases(status.cib());
    }

    /** The units a constraint on {@code id} applies to (a group's members, a clone's instances). */
    List<Unit> targets(String id) {
        List<Unit> out = new ArrayList<>();
        if (aliases.containsKey(id)) {
            for (String a : aliases.get(id)) {
                out.addAll(targets(a));
            }
            return out;
        }
        for (Unit u : units.units()) {
            if (u.id.equals(id) || (u.instance < 0 && id.equals(u.groupId)) || id.equals(u.cloneId)
                    || (u.cloneId != null && (id.equals(u.configId) || id.equals(parentGroupConfig(u))))) {
                out.add(u);
            }
        }
        return out;
    }

    private String parentGroupConfig(Unit u) {
        return units.parents().get(u.configId);
    }

    /** The units standing for a resource in a colocation: a group's first member, each clone instance's first. */
    List<Unit> reps(String id) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : targets(id)) {
            if (u.previous == null) {
                out.add(u);
            }
        }
        return out;
    }

    boolean isClone(String id) {
        List<Unit> t = targets(id);
        return !t.isEmpty() && t.get(0).cloneId != null;
    }

    void apply() {
        boolean symmetric = status.options().symmetric();
        for (Unit u : units.units()) {
            if (symmetric) {
                for (NodeStatus n : status.nodes()) {
                    u.addScore(n.uname(), 0, "symmetric default");
                }
            }
        }
        for (Constraint c : status.cib().configuration().constraints()) {
            switch (c) {
                case Location l -> location(l);
                case Colocation co -> colocation(co);
                case Ordering o -> ordering(o);
                case io.tandem.cib.TicketConstraint t -> Tickets.apply(t, status, this);
                default -> {
                }
            }
        }
        for (Unit u : units.units()) {
            stickinessAndFailures(u);
        }
        List<Order> expanded = new ArrayList<>();
        for (Order o : orders) {
            for (String f : aliases.getOrDefault(o.first(), List.of(o.first()))) {
                for (String t : aliases.getOrDefault(o.then(), List.of(o.then()))) {
                    expanded.add(new Order(o.id(), f, o.firstAction(), t, o.thenAction(), o.mandatory(),
                            o.symmetrical(), o.impliesThen()));
                }
            }
        }
        orders.clear();
        orders.addAll(expanded);
        for (Unit u : units.units()) {
            if (u.previous != null) {
                colocs.add(new Coloc("group:" + u.groupId, List.of(u), List.of(u.previous), Score.INFINITY, false,
                        null));
            }
        }
    }

    private void location(Location l) {
        List<String> rscs = new ArrayList<>();
        if (l.rsc() != null) {
            rscs.add(l.rsc());
        }
        String pattern = l.get("rsc-pattern");
        if (pattern != null) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
            for (io.tandem.cib.Resource r : status.cib().configuration().allResources()) {
                if (p.matcher(r.id()).matches()) {
                    rscs.add(r.id());
                }
            }
        }
        for (ResourceSet s : l.sets()) {
            rscs.addAll(s.resourceRefs());
        }
        Role role = Role.parse(l.role());
        if (role == Role.PROMOTED || role == Role.UNPROMOTED) {
            return;
        }
        for (String r : rscs) {
            for (Unit u : targets(r)) {
                if (l.node() != null) {
                    if (status.node(l.node()).isPresent() && (l.score() != null)) {
                        u.addScore(l.node(), Score.parse(l.score()), "location " + l.id());
                    }
                    continue;
                }
                for (Rule rule : l.rules()) {
                    Role rr = Role.parse(rule.role());
                    if (rr == Role.PROMOTED || rr == Role.UNPROMOTED) {
                        continue;
                    }
                    for (NodeStatus n : status.nodes()) {
                        RuleContext ctx = RuleContext.forNode(n.attributes(), status.now());
                        if (u.def != null) {
                            ctx = ctx.withResource(u.def.agentClass(), u.def.provider(), u.def.type());
                        }
                        if (RuleEvaluator.matches(rule, ctx)) {
                            u.addScore(n.uname(), RuleEvaluator.score(rule, ctx), "location rule " + l.id());
                        }
                    }
                }
            }
        }
    }

    private void colocation(Colocation c) {
        int score = Score.parse(c.get("score"));
        String attr = c.get("node-attribute");
        if (c.get("rsc") != null && c.get("with-rsc") != null) {
            if (Role.parse(c.get("rsc-role")) == Role.PROMOTED || Role.parse(c.get("with-rsc-role")) == Role.PROMOTED
                    || Role.parse(c.get("rsc-role")) == Role.UNPROMOTED
                    || Role.parse(c.get("with-rsc-role")) == Role.UNPROMOTED) {
                return;
            }
            add(c.id(), c.get("rsc"), c.get("with-rsc"), score, attr);
            return;
        }
        // Sets: within a sequential set each member is colocated with the one before it; between sets the
        // members of a later set are colocated with those of the earlier one.
        List<ResourceSet> sets = c.sets();
        for (ResourceSet s : sets) {
            int sc = s.get("score") != null ? Score.parse(s.get("score")) : score;
            if (s.sequential()) {
                for (int i = 1; i < s.resourceRefs().size(); i++) {
                    add(c.id(), s.resourceRefs().get(i), s.resourceRefs().get(i - 1), sc, attr);
                }
            }
        }
        for (int i = 1; i < sets.size(); i++) {
            ResourceSet prev = sets.get(i - 1);
            ResourceSet cur = sets.get(i);
            if (prev.resourceRefs().isEmpty() || cur.resourceRefs().isEmpty()) {
                continue;
            }
            String primary = prev.resourceRefs().get(prev.resourceRefs().size() - 1);
            for (String d : cur.resourceRefs()) {
                add(c.id(), d, primary, score, attr);
                if (cur.sequential()) {
                    break;
                }
            }
        }
    }

    private void add(String id, String dependent, String primary, int score, String attr) {
        if (score == 0) {
            return;
        }
        if (aliases.containsKey(dependent) || aliases.containsKey(primary)) {
            for (String d : aliases.getOrDefault(dependent, List.of(dependent))) {
                for (String p : aliases.getOrDefault(primary, List.of(primary))) {
                    add(id, d, p, score, attr);
                }
            }
            return;
        }
        List<Unit> d = reps(dependent);
        List<Unit> p = reps(primary);
        if (d.isEmpty() || p.isEmpty()) {
            return;
        }
        colocs.add(new Coloc(id, d, p, score, isClone(primary), attr));
    }

    private void ordering(Ordering o) {
        String kind = o.get("kind");
        int score = o.get("score") == null ? Score.INFINITY : Score.parse(o.get("score"));
        boolean mandatory = kind == null ? score > 0
                : !kind.equalsIgnoreCase("Optional") && !kind.equalsIgnoreCase("Serialize");
        boolean symmetrical = o.get("symmetrical") == null ? !"Serialize".equalsIgnoreCase(kind)
                : io.tandem.scheduler.ClusterOptions.isTrue(o.get("symmetrical"));
        if ("Serialize".equalsIgnoreCase(kind)) {
            return;
        }
        if (o.get("first") != null && o.get("then") != null) {
            String fa = o.get("first-action") == null ? "start" : o.get("first-action");
            String ta = o.get("then-action") == null ? fa : o.get("then-action");
            // An optional order whose then resource has restart-type=restart still restarts it (Pacemaker's upgrade).
            if (!ClusterOptions.isTrue(o.get("require-all") == null ? "true" : o.get("require-all"))) {
                // clone-one-or-more: the then side waits for any one instance, never a particular one.
                orders.add(new Order(o.id(), o.get("first"), fa, o.get("then"), ta, mandatory, symmetrical, false));
                return;
            }
            boolean restart = "restart".equalsIgnoreCase(units.metaById().getOrDefault(o.get("then"), Map.of())
                    .getOrDefault("restart-type", "ignore"));
            orders.add(new Order(o.id(), o.get("first"), fa, o.get("then"), ta, mandatory, symmetrical,
                    mandatory || restart));
            return;
        }
        List<String> flat = new ArrayList<>();
        List<ResourceSet> sets = o.sets();
        for (int si = 0; si < sets.size(); si++) {
            ResourceSet s = sets.get(si);
            String action = s.get("action") == null ? "start" : s.get("action");
            if (s.sequential()) {
                for (int i = 1; i < s.resourceRefs().size(); i++) {
                    orders.add(new Order(o.id(), s.resourceRefs().get(i - 1), action, s.resourceRefs().get(i), action,
                            mandatory, symmetrical));
                }
            }
            if (si > 0) {
                ResourceSet prev = sets.get(si - 1);
                String pa = prev.get("action") == null ? "start" : prev.get("action");
                List<String> firsts = prev.sequential() && !prev.resourceRefs().isEmpty()
                        ? List.of(prev.resourceRefs().get(prev.resourceRefs().size() - 1)) : prev.resourceRefs();
                List<String> thens = s.sequential() && !s.resourceRefs().isEmpty()
                        ? List.of(s.resourceRefs().get(0)) : s.resourceRefs();
                for (String f : firsts) {
                    for (String t : thens) {
                        orders.add(new Order(o.id(), f, pa, t, action, mandatory, symmetrical));
                    }
                }
            }
            flat.addAll(s.resourceRefs());
        }
    }

    private void stickinessAndFailures(Unit u) {
        int stickiness = Score.parse(u.meta("resource-stickiness",
                u.meta("default-resource-stickiness", Integer.toString(status.options().defaultStickiness()))));
        if (u.managed() && stickiness != 0 && u.current.size() == 1 && u.base.containsKey(u.currentNode())) {
            u.addScore(u.currentNode(), stickiness, "stickiness");
        }
        int threshold = Score.parse(u.meta("migration-threshold", "INFINITY"));
        long timeoutMs = TimeSpec.parseMillis(u.meta("failure-timeout", "0"));
        for (NodeStatus n : status.nodes()) {
            int fc = failCount(u, n.uname(), timeoutMs);
            if (threshold > 0 && fc >= threshold) {
                u.addScore(n.uname(), -Score.INFINITY, "failed " + fc + " times, migration-threshold " + threshold);
            }
            NodeHistory h = u.history.get(n.uname());
            if (h != null && h.banned()) {
                u.addScore(n.uname(), -Score.INFINITY, "hard error");
            }
            if (h != null && h.onFail() == OnFail.MIGRATE) {
                u.addScore(n.uname(), -Score.INFINITY, "on-fail=migrate");
            }
        }
        for (NodeHistory h : u.history.values()) {
            if (h.fatal()) {
                for (NodeStatus n : status.nodes()) {
                    u.addScore(n.uname(), -Score.INFINITY, "fatal error");
                }
            }
        }
    }

    /** The effective fail-count: expired failures (failure-timeout) do not count. */
    int failCount(Unit u, String node, long timeoutMs) {
        int total = 0;
        for (String name : new String[] {u.id, u.configId}) {
            FailCount fc = status.failCount(name, node).orElse(null);
            if (fc == null) {
                continue;
            }
            if (timeoutMs > 0 && fc.lastFailure() > 0
                    && (fc.lastFailure() * 1000 + timeoutMs) <= status.now().toEpochMilli()) {
                continue;
            }
            total = Score.add(total, fc.total());
            if (name.equals(u.configId) && u.id.equals(u.configId)) {
                break;
            }
        }
        return total;
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
