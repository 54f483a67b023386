package io.tandem.cib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what Pacemaker's schema and unpacking would refuse: duplicate or missing ids, references to
 * nothing, scores and times that do not parse, unknown values of enumerated attributes, and agents
 * without their required parts. Each problem names the element id. An invalid CIB is never stored.
 */
public final class CibValidator {

    private static final Set<String> CLASSES = Set.of("ocf", "lsb", "heartbeat", "stonith", "service", "systemd",
            "upstart", "nagios", "alert");
    private static final Set<String> ROLES = Set.of("Stopped", "Started", "Promoted", "Unpromoted", "Master",
            "Slave");
    private static final Set<String> ACTIONS = Set.of("start", "stop", "promote", "demote", "monitor");
    private static final Set<String> KINDS = Set.of("Optional", "Mandatory", "Serialize");
    private static final Set<String> ON_FAIL = Set.of("ignore", "block", "stop", "restart", "standby", "fence",
            "restart-container", "demote");
    private static final Set<String> DISCOVERY = Set.of("always", "never", "exclusive");
    private static final Set<String> LOSS_POLICY = Set.of("stop", "demote", "fence", "freeze");
    /** Elements whose id attribute is a reference, not a definition. */
    private static final Set<String> REFERENCE_ELEMENTS = Set.of("resource_ref", "obj_ref", "role");

    private CibValidator() {
    }

    public static List<CibProblem> validate(Cib cib) {
        List<CibProblem> out = new ArrayList<>();
        XmlElement config = cib.configuration().toXml();
        Map<String, XmlElement> ids = collectIds(config, out);
        Configuration c = cib.configuration();
        Set<String> resourceIds = new HashSet<>();
        Set<String> templateIds = new HashSet<>();
        for (Resource r : c.allResources()) {
            if (r instanceof Template) {
                templateIds.add(r.id());
            } else {
                resourceIds.add(r.id());
            }
        }
        Set<String> tagIds = new HashSet<>();
        c.tags().ifPresent(ts -> ts.forEach(t -> tagIds.add(t.id())));
        Set<String> constrainable = new HashSet<>(resourceIds);
        constrainable.addAll(templateIds);
        constrainable.addAll(tagIds);

        checkIdRefs(config, ids, out);
        for (Resource r : c.allResources()) {
            checkResource(r, templateIds, out);
        }
        c.crmConfig().forEach(s -> checkSet(s, out));
        c.rscDefaults().ifPresent(l -> l.forEach(s -> checkSet(s, out)));
        c.opDefaults().ifPresent(l -> l.forEach(s -> checkSet(s, out)));
        for (CibNode n : c.nodes()) {
            require(n.attributes(), "id", "node " + n.uname(), out);
            n.sets().forEach(s -> checkSet(s, out));
        }
        for (Constraint k : c.constraints()) {
            checkConstraint(k, constrainable, out);
        }
        c.tags().ifPresent(ts -> ts.forEach(t -> t.refs().forEach(ref -> {
            if (!resourceIds.contains(ref) && !templateIds.contains(ref)) {
                out.add(CibProblem.error(t.id(), "tag refers to " + ref + ", which does not exist"));
            }
        })));
        c.fencingTopology().ifPresent(levels -> levels.forEach(l -> {
            require(l.attributes(), "id", "fencing-level", out);
            if (l.index() == null || !l.index().matches("\\d+") || Integer.parseInt(l.index()) < 1) {
                out.add(CibProblem.error(l.id(), "index \"" + l.index() + "\" must be a positive integer"));
            }
            if (l.devices() == null || l.devices().isBlank()) {
                out.add(CibProblem.error(l.id(), "devices is required"));
            } else if (!l.devices().matches("[\\w.:,+@-]+")) {
                out.add(CibProblem.error(l.id(), "devices \"" + l.devices() + "\" is not a comma-separated list of ids"));
            }
        }));
        for (XmlElement u : c.unknown()) {
            out.add(CibProblem.error(u.id() != null ? u.id() : u.name(), "unknown element <" + u.name()
                    + "> in configuration"));
        }
        return List.copyOf(out);
    }

    public static List<CibProblem> errors(Cib cib) {
        return validate(cib).stream().filter(CibProblem::isError).toList();
    }

    /**
     * Node ids form their own namespace: a remote node's id is its connection resource's id.
     */
    private static Map<String, XmlElement> collectIds(XmlElement root, List<CibProblem> out) {
        Map<String, XmlElement> ids = new HashMap<>();
        Map<String, XmlElement> nodeIds = new HashMap<>();
        for (XmlElement nodes : root.children("nodes")) {
            for (XmlElement n : nodes.children("node")) {
                if (n.id() != null && nodeIds.putIfAbsent(n.id(), n) != null) {
                    out.add(CibProblem.error(n.id(), "duplicate node id"));
                }
            }
        }
        root.walk(e -> {
            if (e.name().equals("node")) {
                return;
            }
            String id = e.id();
            if (id == null || REFERENCE_ELEMENTS.contains(e.name())) {
                return;
            }
            if (id.isBlank()) {
                out.add(CibProblem.error(e.name(), "<" + e.name() + "> has an empty id"));
                return;
            }
            XmlElement prev = ids.putIfAbsent(id, e);
            if (prev != null) {
                out.add(CibProblem.error(id, "duplicate id: used by <" + prev.name() + "> and <" + e.name() + ">"));
            }
        });
        return ids;
    }

    /** id-ref must point at an element of the same kind. */
    private static void checkIdRefs(XmlElement root, Map<String, XmlElement> ids, List<CibProblem> out) {
        root.walk(e -> {
            String ref = e.attr("id-ref");
            if (ref == null) {
                return;
            }
            XmlElement target = ids.get(ref);
            String who = e.id() != null ? e.id() : e.name();
            if (target == null) {
                out.add(CibProblem.error(who, "<" + e.name() + "> id-ref=\"" + ref + "\" refers to nothing"));
            } else if (!target.name().equals(e.name()) && !(NvSet.isSetElement(e.name())
                    && NvSet.isSetElement(target.name()))) {
                out.add(CibProblem.error(who, "<" + e.name() + "> id-ref=\"" + ref + "\" refers to a <"
                        + target.name() + ">"));
            }
        });
    }

    private static void checkResource(Resource r, Set<String> templates, List<CibProblem> out) {
        if (r.id() == null) {
            out.add(CibProblem.error(r.toXml().name(), "<" + r.toXml().name() + "> has no id"));
            return;
        }
        r.sets().forEach(s -> checkSet(s, out));
        Primitive p = r instanceof Primitive pp ? pp : r instanceof Template t ? t.body() : null;
        if (p == null) {
            return;
        }
        if (p.template() != null && r instanceof Primitive) {
            if (!templates.contains(p.template())) {
                out.add(CibProblem.error(r.id(), "template \"" + p.template() + "\" does not exist"));
            }
        } else {
            if (p.agentClass() == null) {
                out.add(CibProblem.error(r.id(), "class is required"));
            } else if (!CLASSES.contains(p.agentClass())) {
                out.add(CibProblem.error(r.id(), "unknown resource class \"" + p.agentClass() + "\""));
            } else if (p.agentClass().equals("ocf") && p.provider() == null) {
                out.add(CibProblem.error(r.id(), "an ocf resource needs a provider"));
            }
            if (p.type() == null || p.type().isBlank()) {
                out.add(CibProblem.error(r.id(), "type (the agent) is required"));
            }
        }
        for (Operation op : p.operations()) {
            checkOperation(r.id(), op, out);
        }
    }

    private static void checkOperation(String rsc, Operation op, List<CibProblem> out) {
        String id = op.id() != null ? op.id() : rsc;
        if (op.attributes().containsKey("id-ref")) {
            return;
        }
        if (op.id() == null) {
            out.add(CibProblem.error(rsc, "an op of " + rsc + " has no id"));
        }
        if (op.name() == null || op.name().isBlank()) {
            out.add(CibProblem.error(id, "op name is required"));
        }
        if (!TimeSpec.isValid(op.interval())) {
            out.add(CibProblem.error(id, "invalid interval \"" + op.interval() + "\""));
        }
        for (String k : List.of("timeout", "start-delay")) {
            op.get(k).ifPresent(v -> {
                if (!TimeSpec.isValid(v)) {
                    out.add(CibProblem.error(id, "invalid " + k + " \"" + v + "\""));
                }
            });
        }
        op.get("on-fail").ifPresent(v -> {
            if (!ON_FAIL.contains(v)) {
                out.add(CibProblem.error(id, "invalid on-fail \"" + v + "\" (one of " + sorted(ON_FAIL) + ")"));
            }
        });
        op.get("role").ifPresent(v -> checkRole(id, "role", v, out));
        op.sets().forEach(s -> checkSet(s, out));
    }

    private static void checkSet(NvSet s, List<CibProblem> out) {
        if (s.id() == null && s.idRef() == null) {
            out.add(CibProblem.error(s.kind(), "<" + s.kind() + "> has neither id nor id-ref"));
        }
        String who = s.id() != null ? s.id() : s.idRef();
        if (s.score() != null && !Score.isValid(s.score())) {
            out.add(CibProblem.error(who, "invalid score \"" + s.score() + "\""));
        }
        s.rule().ifPresent(r -> checkRule(r, out));
        for (NvPair p : s.pairs()) {
            if (p.idRef() == null && (p.name() == null || p.name().isBlank())) {
                out.add(CibProblem.error(p.id() != null ? p.id() : who, "nvpair without a name in " + who));
            }
        }
    }

    private static void checkRule(Rule r, List<CibProblem> out) {
        if (r.idRef() != null) {
            return;
        }
        String id = r.id() != null ? r.id() : "rule";
        if (r.id() == null) {
            out.add(CibProblem.error("rule", "a rule has no id"));
        }
        if (r.score() != null && !Score.isValid(r.score())) {
            out.add(CibProblem.error(id, "invalid score \"" + r.score() + "\""));
        }
        String op = r.booleanOp();
        if (!op.equals("and") && !op.equals("or")) {
            out.add(CibProblem.error(id, "boolean-op must be and or or, not \"" + op + "\""));
        }
        for (RuleCondition c : r.conditions()) {
            switch (c) {
                case Rule nested -> checkRule(nested, out);
                case Expression e -> checkExpression(id, e, out);
                case UnknownCondition u -> out.add(CibProblem.error(id, "unknown rule element <" + u.xml().name()
                        + ">"));
                default -> {
                }
            }
        }
    }

    private static void checkExpression(String rule, Expression e, List<CibProblem> out) {
        String id = e.id() != null ? e.id() : rule;
        if (e.attribute() == null) {
            out.add(CibProblem.error(id, "expression has no attribute"));
        }
        String op = e.operation();
        Set<String> ops = Set.of("lt", "gt", "lte", "gte", "eq", "ne", "defined", "not_defined");
        if (op == null || !ops.contains(op)) {
            out.add(CibProblem.error(id, "invalid operation \"" + op + "\" (one of " + sorted(ops) + ")"));
        } else if (!op.endsWith("defined") && e.value() == null) {
            out.add(CibProblem.error(id, "operation " + op + " needs a value"));
        }
        if (e.type() != null && !Set.of("string", "integer", "number", "version").contains(e.type())) {
            out.add(CibProblem.error(id, "invalid type \"" + e.type() + "\""));
        }
    }

    private static void checkConstraint(Constraint k, Set<String> known, List<CibProblem> out) {
        String id = k.id();
        if (id == null) {
            out.add(CibProblem.error(k.elementName(), "<" + k.elementName() + "> has no id"));
            id = k.elementName();
        }
        for (String ref : k.referencedIds()) {
            if (!known.contains(ref)) {
                out.add(CibProblem.error(id, "refers to resource " + ref + ", which does not exist"));
            }
        }
        String score = k.get("score");
        if (score != null && !Score.isValid(score)) {
            out.add(CibProblem.error(id, "invalid score \"" + score + "\""));
        }
        for (ResourceSet s : k.sets()) {
            if (s.get("score") != null && !Score.isValid(s.get("score"))) {
                out.add(CibProblem.error(s.id(), "invalid score \"" + s.get("score") + "\""));
            }
            if (s.get("role") != null) {
                checkRole(s.id(), "role", s.get("role"), out);
            }
            if (s.get("action") != null && !ACTIONS.contains(s.get("action"))) {
                out.add(CibProblem.error(s.id(), "invalid action \"" + s.get("action") + "\""));
            }
        }
        final String cid = id;
        switch (k) {
            case Location l -> {
                if (l.rsc() == null && l.get("rsc-pattern") == null && l.sets().isEmpty()) {
                    out.add(CibProblem.error(cid, "names no resource (rsc, rsc-pattern or a resource set)"));
                }
                if (l.rules().isEmpty() && (l.node() == null || l.score() == null)
                        && l.get("score-attribute") == null) {
                    out.add(CibProblem.error(cid, "needs a node and a score, or a rule"));
                }
                if (l.role() != null) {
                    checkRole(cid, "role", l.role(), out);
                }
                String rd = l.get("resource-discovery");
                if (rd != null && !DISCOVERY.contains(rd)) {
                    out.add(CibProblem.error(cid, "invalid resource-discovery \"" + rd + "\""));
                }
                l.rules().forEach(r -> checkRule(r, out));
            }
            case Colocation c -> {
                if (c.sets().isEmpty() && (c.get("rsc") == null || c.get("with-rsc") == null)) {
                    out.add(CibProblem.error(cid, "needs rsc and with-rsc, or resource sets"));
                }
                if (c.sets().isEmpty() && score == null) {
                    out.add(CibProblem.error(cid, "needs a score"));
                }
                for (String a : List.of("rsc-role", "with-rsc-role")) {
                    if (c.get(a) != null) {
                        checkRole(cid, a, c.get(a), out);
                    }
                }
            }
            case Ordering o -> {
                if (o.sets().isEmpty() && (o.get("first") == null || o.get("then") == null)) {
                    out.add(CibProblem.error(cid, "needs first and then, or resource sets"));
                }
                String kind = o.get("kind");
                if (kind != null && !KINDS.contains(kind)) {
                    out.add(CibProblem.error(cid, "invalid kind \"" + kind + "\" (one of " + sorted(KINDS) + ")"));
                }
                for (String a : List.of("first-action", "then-action")) {
                    if (o.get(a) != null && !ACTIONS.contains(o.get(a))) {
                        out.add(CibProblem.error(cid, "invalid " + a + " \"" + o.get(a) + "\""));
                    }
                }
            }
            case TicketConstraint t -> {
                if (t.ticket() == null) {
                    out.add(CibProblem.error(cid, "needs a ticket"));
                }
                if (t.sets().isEmpty() && t.get("rsc") == null) {
                    out.add(CibProblem.error(cid, "needs rsc or resource sets"));
                }
                String lp = t.get("loss-policy");
                if (lp != null && !LOSS_POLICY.contains(lp)) {
                    out.add(CibProblem.error(cid, "invalid loss-policy \"" + lp + "\""));
                }
            }
        }
    }

    private static void checkRole(String id, String attr, String value, List<CibProblem> out) {
        if (!ROLES.contains(value)) {
            out.add(CibProblem.error(id, "invalid " + attr + " \"" + value + "\" (one of " + sorted(ROLES) + ")"));
        }
    }

    private static void require(Map<String, String> attrs, String key, String who, List<CibProblem> out) {
        if (attrs.get(key) == null) {
            out.add(CibProblem.error(who, key + " is required"));
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
