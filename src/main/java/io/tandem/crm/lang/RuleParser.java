package io.tandem.crm.lang;

/**
 * Parses {@code rule [$id=..] [$id-ref=..] [$role=..] [SCORE:] EXPR {and|or EXPR}}: node attribute
 * comparisons (optionally typed), defined/not_defined, and date expressions.
 */
final class RuleParser {

    private RuleParser() {
    }

    /** The cursor stands after the word {@code rule}. */
    static Elem parse(Cursor c, String defaultScore) {
        Elem rule = new Elem("rule");
        boolean scored = false;
        while (c.more()) {
            String t = c.peek();
            if (t.startsWith("$id-ref=")) {
                c.next();
                rule.set("id-ref", t.substring(8));
                return rule;
            } else if (t.startsWith("$id=") || t.startsWith("id=")) {
                c.next();
                rule.set("id", t.substring(t.indexOf('=') + 1));
            } else if (t.startsWith("$role=") || t.startsWith("role=")) {
                c.next();
                rule.set("role", t.substring(t.indexOf('=') + 1));
            } else if (!scored && Keywords.isScoreToken(t)) {
                c.next();
                setScore(rule, t.substring(0, t.length() - 1));
                scored = true;
            } else {
                break;
            }
        }
        if (!scored && defaultScore != null) {
            rule.set("score", defaultScore);
        }
        String boolOp = null;
        while (true) {
            rule.add(expression(c));
            String t = c.peek();
            if (!"and".equals(t) && !"or".equals(t)) {
                break;
            }
            c.next();
            if (boolOp != null && !boolOp.equals(t)) {
                throw c.errorSoFar("Mixing bool ops not allowed: " + boolOp + " != " + t);
            }
            boolOp = t;
        }
        if ("or".equals(boolOp)) {
            rule.set("boolean-op", "or");
        }
        return rule;
    }

    static void setScore(Elem e, String s) {
        if (Keywords.isNumericScore(s)) {
            e.set("score", Keywords.score(s));
        } else {
            e.set("score-attribute", s);
        }
    }

    private static Elem expression(Cursor c) {
        String first = c.peek();
        if (first == null || first.equals("and") || first.equals("or")) {
            throw c.error("Expected identifier");
        }
        c.next();
        if (first.equals("defined") || first.equals("not_defined")) {
            String attr = c.peek();
            if (attr == null || attr.equals("and") || attr.equals("or")) {
                throw c.error("Expected identifier");
            }
            c.next();
            return new Elem("expression").set("operation", first).set("attribute", attr);
        }
        if (first.equals("date")) {
            return date(c);
        }
        if (!c.more()) {
            throw c.error("Unexpected end of line");
        }
        java.util.regex.Matcher m = Keywords.BINARY_OP.matcher(c.peek());
        if (!m.matches()) {
            throw c.errorNear("Expected ((string|integer|number|version):)?(lt|gt|lte|gte|eq|ne)");
        }
        c.next();
        if (!c.more()) {
            throw c.error("Unexpected end of line");
        }
        String value = c.next();
        Elem e = new Elem("expression").set("operation", m.group(3)).set("attribute", first).set("value", value);
        if (m.group(2) != null) {
            e.set("type", m.group(2));
        }
        return e;
    }

    private static Elem date(Cursor c) {
        String op = c.next();
        Elem e = new Elem("date_expression");
        switch (op) {
            case "lt" -> e.set("operation", "lt").set("end", c.next());
            case "gt" -> e.set("operation", "gt").set("start", c.next());
            case "in", "in_range" -> {
                e.set("operation", "in_range");
                Elem duration = null;
                while (c.more() && c.peek().contains("=")) {
                    String[] kv = c.peek().split("=", 2);
                    if (kv[0].equals("start") || kv[0].equals("end")) {
                        e.set(kv[0], kv[1]);
                    } else if (Keywords.DURATION.contains(kv[0])) {
                        if (duration == null) {
                            duration = new Elem("duration");
                        }
                        duration.set(kv[0], kv[1]);
                    } else {
                        break;
                    }
                    c.next();
                }
                if (duration != null) {
                    e.add(duration);
                }
            }
            case "spec", "date_spec" -> {
                e.set("operation", "date_spec");
                Elem spec = new Elem("date_spec");
                while (c.more() && c.peek().contains("=")
                        && Keywords.DURATION.contains(c.peek().substring(0, c.peek().indexOf('=')))) {
                    String[] kv = c.next().split("=", 2);
                    spec.set(kv[0], kv[1]);
                }
                e.add(spec);
            }
            default -> throw c.errorNear("Expected one of lt, gt, in_range, date_spec");
        }
        return e;
    }
}
