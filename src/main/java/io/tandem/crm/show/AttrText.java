package io.tandem.crm.show;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Prints attribute sets, nvpairs and rules (the parts shared by resources, constraints and properties). */
final class AttrText {

    private AttrText() {
    }

    /** {@code params [$id=X] [SCORE:] [rule ...] a=b ...} on one line. */
    static String set(String keyword, XmlElement set, Set<String> referenced) {
        List<String> parts = new ArrayList<>();
        parts.add(keyword);
        parts.addAll(setParts(set, referenced));
        return String.join(" ", parts);
    }

    /** The pieces of a set after its keyword: id, score, rule and pairs. */
    static List<String> setParts(XmlElement set, Set<String> referenced) {
        List<String> parts = new ArrayList<>();
        String idRef = set.attr("id-ref");
        List<XmlElement> pairs = set.children("nvpair");
        if (idRef != null) {
            parts.add("$id-ref=" + idRef);
        } else if (set.id() != null && (pairs.isEmpty() || referenced.contains(set.id()))) {
            parts.add("$id=" + set.id());
        }
        if (set.attr("score") != null) {
            parts.add(score(set.attr("score")) + ":");
        }
        for (XmlElement r : set.children("rule")) {
            parts.add(rule(r, referenced));
        }
        for (XmlElement p : pairs) {
            parts.add(nvpair(p, referenced));
        }
        return parts;
    }

    static String nvpair(XmlElement p, Set<String> referenced) {
        String ref = p.attr("id-ref");
        if (ref != null) {
            return p.attr("name") != null ? "@" + ref + ":" + p.attr("name") : "@" + ref;
        }
        String value = p.attr("value");
        if (value != null && p.attr("name") != null && p.attr("name").toLowerCase().contains("passw")) {
            value = "******";
        }
        // crmsh 4.4 prints a referenced pair without its $id prefix (the reference still resolves by id)
        return Quote.pair(p.attr("name"), value);
    }

    /** crmsh's short score forms: INFINITY is inf. */
    static String score(String s) {
        return s.replace("INFINITY", "inf");
    }

    static String rule(XmlElement r, Set<String> referenced) {
        StringBuilder sb = new StringBuilder("rule");
        if (r.attr("id-ref") != null) {
            return sb.append(" $id-ref=").append(r.attr("id-ref")).toString();
        }
        if (r.id() != null && referenced.contains(r.id())) {
            sb.append(" $id=").append(r.id());
        }
        if (r.attr("role") != null) {
            sb.append(" $role=").append(r.attr("role"));
        }
        String score = r.attr("score");
        if (score != null && !score(score).equals("inf") && !score(score).equals("+inf")) {
            sb.append(' ').append(score(score)).append(':');
        } else if (score == null && r.attr("score-attribute") != null) {
            sb.append(' ').append(r.attr("score-attribute")).append(':');
        }
        List<String> exprs = new ArrayList<>();
        for (XmlElement e : r.children()) {
            exprs.add(expression(e, referenced));
        }
        String op = "or".equals(r.attr("boolean-op")) ? " or " : " and ";
        sb.append(' ').append(String.join(op, exprs));
        return sb.toString();
    }

    private static String expression(XmlElement e, Set<String> referenced) {
        switch (e.name()) {
            case "expression": {
                String op = e.attr("operation");
                if ("defined".equals(op) || "not_defined".equals(op)) {
                    return op + " " + e.attr("attribute");
                }
                String typed = e.attr("type") != null ? e.attr("type") + ":" + op : op;
                return e.attr("attribute") + " " + typed + " " + Quote.wrap(String.valueOf(e.attr("value")));
            }
            case "date_expression": {
                String op = e.attr("operation", "in_range");
                List<String> parts = new ArrayList<>();
                parts.add("date");
                switch (op) {
                    case "lt" -> parts.add("lt " + Quote.wrap(e.attr("end")));
                    case "gt" -> parts.add("gt " + Quote.wrap(e.attr("start")));
                    case "date_spec" -> {
                        parts.add("spec");
                        e.child("date_spec").ifPresent(s -> s.attributes().forEach((k, v) -> {
                            if (!k.equals("id")) {
                                parts.add(Quote.pair(k, v));
                            }
                        }));
                    }
                    default -> {
                        parts.add("in");
                        e.attributes().forEach((k, v) -> {
                            if (k.equals("start") || k.equals("end")) {
                                parts.add(Quote.pair(k, v));
                            }
                        });
                        e.child("duration").ifPresent(s -> s.attributes().forEach((k, v) -> {
                            if (!k.equals("id")) {
                                parts.add(Quote.pair(k, v));
                            }
                        }));
                    }
                }
                return String.join(" ", parts);
            }
            case "rule":
                return rule(e, referenced);
            default:
                return e.name();
        }
    }
}
