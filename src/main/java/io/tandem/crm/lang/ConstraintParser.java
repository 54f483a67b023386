package io.tandem.crm.lang;

import java.util.ArrayList;
import java.util.List;

/** Parses location, colocation, order and rsc_ticket lines, including resource sets. */
final class ConstraintParser {

    private ConstraintParser() {
    }

    static CliObject location(List<String> tokens) {
        ResourceParser.needArgs(tokens, "location", 3);
        Cursor c = new Cursor(tokens, "location", 1);
        Elem loc = new Elem("rsc_location").set("id", c.next());
        String rsc = c.next();
        List<Elem> sets = new ArrayList<>();
        if (rsc.startsWith("/") && rsc.endsWith("/") && rsc.length() > 1) {
            loc.set("rsc-pattern", rsc.substring(1, rsc.length() - 1));
        } else if (isOpen(rsc)) {
            Elem set = new Elem("resource_set");
            if (rsc.equals("[")) {
                set.set("require-all", "false").set("sequential", "false");
            } else if (rsc.equals("(")) {
                set.set("sequential", "false");
            }
            set.set("id", loc.attrs.get("id") + "-" + sets.size());
            while (c.more() && !List.of(")", "]", "}").contains(c.peek())) {
                set.add(new Elem("resource_ref")).set("id", c.next());
            }
            c.next();
            sets.add(set);
        } else {
            loc.set("rsc", rsc);
        }
        while (c.more() && (c.peek().startsWith("role=") || c.peek().startsWith("$role=")
                || c.peek().startsWith("resource-discovery="))) {
            String t = c.next();
            loc.set(t.startsWith("resource-discovery=") ? "resource-discovery" : "role", t.substring(t.indexOf('=') + 1));
        }
        if (c.at("rule")) {
            while (c.at("rule")) {
                c.next();
                loc.add(RuleParser.parse(c, "INFINITY"));
            }
        } else {
            String s = c.peek();
            if (!Keywords.isScoreToken(s)) {
                throw c.errorNear("expected <score>: <node> or <rule> [<rule> ...]");
            }
            c.next();
            String score = s.substring(0, s.length() - 1);
            if (!Keywords.isNumericScore(score)) {
                throw new CrmSyntaxException("location " + loc.attrs.get("id") + ": score '" + score
                        + "' is not a number, inf or -inf (a node preference needs a numeric score)");
            }
            if (!c.more()) {
                throw c.error("Unexpected end of line");
            }
            loc.set("score", Keywords.score(score)).set("node", c.next());
        }
        while (c.more() && c.peek().startsWith("resource-discovery=")) {
            loc.set("resource-discovery", c.next().substring(19));
        }
        if (c.more()) {
            throw c.errorNear("Unknown arguments");
        }
        sets.forEach(loc::add);
        return new CliObject("location", loc.freeze(), List.of(), List.of());
    }

    static CliObject colocation(List<String> tokens, String type) {
        ResourceParser.needArgs(tokens, type, 3);
        Cursor c = new Cursor(tokens, "colocation", 1);
        Elem col = new Elem("rsc_colocation").set("id", c.next());
        String s = c.next();
        if (!Keywords.isScoreToken(s)) {
            throw c.errorNear("Expected <score>: before the resources");
        }
        col.set("score", Keywords.score(s.substring(0, s.length() - 1)));
        List<Member> members = members(c, List.of("node-attribute="));
        while (c.more() && c.peek().contains("=")) {
            String[] kv = c.next().split("=", 2);
            col.set(kv[0], kv[1]);
        }
        if (c.more()) {
            throw c.errorNear("Unknown arguments");
        }
        if (members.stream().filter(m -> m.id != null).count() < 2) {
            throw c.error("Expected at least 2 resources");
        }
        if (members.size() == 2 && members.stream().allMatch(m -> m.bracket.isEmpty())) {
            col.set("rsc", members.get(0).id).set("with-rsc", members.get(1).id);
            col.set("rsc-role", members.get(0).suffix).set("with-rsc-role", members.get(1).suffix);
        } else {
            sets(col, members, "role");
        }
        return new CliObject("colocation", col.freeze(), List.of(), List.of());
    }

    static CliObject order(List<String> tokens) {
        ResourceParser.needArgs(tokens, "order", 3);
        Cursor c = new Cursor(tokens, "order", 1);
        Elem ord = new Elem("rsc_order").set("id", c.next());
        if (Keywords.isScoreToken(c.peek())) {
            String s = c.next();
            s = s.substring(0, s.length() - 1);
            switch (s) {
                case "Mandatory", "Optional", "Serialize" -> ord.set("kind", s);
                default -> {
                    String v = Keywords.score(s);
                    if (v.equals("INFINITY") || v.equals("+INFINITY")) {
                        ord.set("kind", "Mandatory");
                    } else if (v.equals("0")) {
                        ord.set("kind", "Optional");
                    } else if (Keywords.isNumericScore(s)) {
                        ord.set("score", v);
                    } else {
                        throw c.error("Unknown order kind or score '" + s + "'");
                    }
                }
            }
        }
        List<Member> members = members(c, List.of());
        while (c.more() && c.peek().contains("=")) {
            String[] kv = c.next().split("=", 2);
            ord.set(kv[0], kv[1]);
        }
        if (c.more()) {
            throw c.errorNear("Unknown arguments");
        }
        if (members.size() < 2) {
            throw c.error("Expected at least 2 resources");
        }
        if (members.size() == 2 && members.stream().allMatch(m -> m.bracket.isEmpty())) {
            ord.set("first", members.get(0).id).set("then", members.get(1).id);
            ord.set("first-action", members.get(0).suffix).set("then-action", members.get(1).suffix);
            Elem tmp = new Elem("x");
            tmp.attrs.putAll(ord.attrs);
            ord.attrs.clear();
            for (String k : List.of("id", "kind", "score", "first", "first-action", "then", "then-action")) {
                ord.set(k, tmp.attrs.remove(k));
            }
            ord.attrs.putAll(tmp.attrs);
        } else {
            sets(ord, members, "action");
        }
        return new CliObject("order", ord.freeze(), List.of(), List.of());
    }

    static CliObject ticket(List<String> tokens) {
        ResourceParser.needArgs(tokens, "rsc_ticket", 3);
        Cursor c = new Cursor(tokens, "rsc_ticket", 1);
        Elem t = new Elem("rsc_ticket").set("id", c.next());
        String s = c.next();
        if (!Keywords.isScoreToken(s)) {
            throw c.errorNear("Expected <ticket>:");
        }
        t.set("ticket", s.substring(0, s.length() - 1));
        List<Member> members = members(c, List.of());
        while (c.more() && c.peek().contains("=")) {
            String[] kv = c.next().split("=", 2);
            t.set(kv[0], kv[1]);
        }
        if (c.more()) {
            throw c.errorNear("Unknown arguments");
        }
        if (members.size() == 1 && members.get(0).bracket.isEmpty()) {
            t.set("rsc", members.get(0).id).set("rsc-role", members.get(0).suffix);
        } else {
            sets(t, members, "role");
        }
        return new CliObject("rsc_ticket", t.freeze(), List.of(), List.of());
    }

    /** A resource reference with its :role/:action suffix and the bracket it sits in ("" when bare). */
    private record Member(String id, String suffix, String bracket, int group) {
    }

    private static boolean isOpen(String t) {
        return t.equals("(") || t.equals("[") || t.equals("{");
    }

    private static List<Member> members(Cursor c, List<String> stop) {
        List<Member> out = new ArrayList<>();
        String bracket = "";
        int group = 0;
        while (c.more()) {
            String t = c.peek();
            if (bracket.isEmpty() && t.contains("=")) {
                break;
            }
            c.next();
            if (isOpen(t)) {
                if (!bracket.isEmpty()) {
                    throw c.error("Nested resource sets");
                }
                bracket = t;
                group++;
            } else if (t.equals(")") || t.equals("]") || t.equals("}")) {
                bracket = "";
                group++;
            } else if (!bracket.isEmpty() && t.contains("=")) {
                out.add(new Member(null, t, bracket, group));
            } else {
                int colon = t.indexOf(':');
                out.add(colon > 0 ? new Member(t.substring(0, colon), t.substring(colon + 1), bracket, group)
                        : new Member(t, null, bracket, group));
            }
        }
        if (!bracket.isEmpty()) {
            throw c.error("Unclosed resource set");
        }
        return out;
    }

    /** Groups members into resource_sets: each bracket is a set, and runs of bare references are one. */
    private static void sets(Elem cons, List<Member> members, String suffixAttr) {
        String id = cons.attrs.get("id");
        Elem cur = null;
        String curKey = null;
        int n = 0;
        for (Member m : members) {
            if (m.id == null) {
                String[] kv = m.suffix.split("=", 2);
                if (cur != null) {
                    cur.set(kv[0], kv[1]);
                }
                continue;
            }
            String key = m.group + (m.bracket.isEmpty() ? ":" + m.suffix : "");
            if (cur == null || !key.equals(curKey)) {
                cur = cons.add(new Elem("resource_set"));
                curKey = key;
                if (m.bracket.equals("[")) {
                    cur.set("require-all", "false").set("sequential", "false");
                } else if (m.bracket.equals("(")) {
                    cur.set("sequential", "false");
                }
                cur.set(suffixAttr, m.suffix);
                cur.set("id", id + "-" + n++);
            }
            cur.add(new Elem("resource_ref")).set("id", m.id);
        }
    }
}
