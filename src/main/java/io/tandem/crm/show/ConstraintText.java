package io.tandem.crm.show;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Prints location, colocation, order and rsc_ticket constraints. */
final class ConstraintText {

    private ConstraintText() {
    }

    static List<String> location(XmlElement l, Set<String> referenced) {
        StringBuilder head = new StringBuilder("location ").append(l.id()).append(' ');
        if (l.attr("rsc-pattern") != null) {
            head.append('/').append(l.attr("rsc-pattern")).append('/');
        } else if (l.attr("rsc") != null) {
            head.append(l.attr("rsc"));
        } else {
            List<String> sets = new ArrayList<>();
            for (XmlElement s : l.children("resource_set")) {
                sets.add(set(s, "{", "}", null));
            }
            head.append(String.join(" ", sets));
        }
        if (l.attr("role") != null) {
            head.append(" role=").append(l.attr("role"));
        }
        if (l.attr("resource-discovery") != null) {
            head.append(" resource-discovery=").append(l.attr("resource-discovery"));
        }
        List<String> parts = new ArrayList<>();
        if (l.attr("node") != null) {
            head.append(' ').append(AttrText.score(l.attr("score", "0"))).append(": ").append(l.attr("node"));
        }
        parts.add(head.toString());
        for (XmlElement r : l.children("rule")) {
            parts.add(AttrText.rule(r, referenced));
        }
        return parts;
    }

    static String colocation(XmlElement c) {
        StringBuilder sb = new StringBuilder("colocation ").append(c.id()).append(' ');
        sb.append(AttrText.score(c.attr("score", c.attr("score-attribute", "0")))).append(':');
        if (c.attr("rsc") != null) {
            sb.append(' ').append(ref(c.attr("rsc"), c.attr("rsc-role")));
            sb.append(' ').append(ref(c.attr("with-rsc"), c.attr("with-rsc-role")));
        } else {
            sets(c, sb, "role");
        }
        extras(c, sb, Set.of("id", "score", "score-attribute", "rsc", "rsc-role", "with-rsc", "with-rsc-role"));
        return sb.toString();
    }

    static String order(XmlElement o) {
        StringBuilder sb = new StringBuilder("order ").append(o.id());
        if (o.attr("kind") != null) {
            sb.append(' ').append(o.attr("kind")).append(':');
        } else if (o.attr("score") != null) {
            String s = AttrText.score(o.attr("score"));
            sb.append(' ').append(s.equals("inf") ? "Mandatory" : s).append(':');
        }
        if (o.attr("first") != null) {
            sb.append(' ').append(ref(o.attr("first"), o.attr("first-action")));
            sb.append(' ').append(ref(o.attr("then"), o.attr("then-action")));
        } else {
            sets(o, sb, "action");
        }
        extras(o, sb, Set.of("id", "kind", "score", "first", "first-action", "then", "then-action"));
        return sb.toString();
    }

    static String ticket(XmlElement t) {
        StringBuilder sb = new StringBuilder("rsc_ticket ").append(t.id()).append(' ').append(t.attr("ticket"))
                .append(':');
        if (t.attr("rsc") != null) {
            sb.append(' ').append(ref(t.attr("rsc"), t.attr("rsc-role")));
        } else {
            sets(t, sb, "role");
        }
        extras(t, sb, Set.of("id", "ticket", "rsc", "rsc-role"));
        return sb.toString();
    }

    private static String ref(String id, String suffix) {
        return suffix == null ? id : id + ":" + suffix;
    }

    private static void sets(XmlElement c, StringBuilder sb, String suffixAttr) {
        for (XmlElement s : c.children("resource_set")) {
            String open = "false".equals(s.attr("require-all")) ? "[" : "false".equals(s.attr("sequential")) ? "("
                    : null;
            String close = open == null ? null : open.equals("[") ? "]" : ")";
            sb.append(' ').append(set(s, open, close, s.attr(suffixAttr)));
        }
    }

    private static String set(XmlElement s, String open, String close, String suffix) {
        List<String> parts = new ArrayList<>();
        if (open != null) {
            parts.add(open);
        }
        for (XmlElement r : s.children("resource_ref")) {
            parts.add(ref(r.id(), suffix));
        }
        if (open != null && !open.equals("{")) {
            // attributes the bracket does not already say ([ ]: require-all=false sequential=false; ( ): sequential=false)
            String impliedRequireAll = open.equals("[") ? "false" : "true";
            s.attributes().forEach((k, v) -> {
                boolean implied = (k.equals("sequential") && v.equals("false"))
                        || (k.equals("require-all") && v.equals(impliedRequireAll));
                if (!List.of("id", "role", "action").contains(k) && !implied) {
                    parts.add(Quote.pair(k, v));
                }
            });
        }
        if (close != null) {
            parts.add(close);
        }
        return String.join(" ", parts);
    }

    private static void extras(XmlElement c, StringBuilder sb, Set<String> skip) {
        c.attributes().forEach((k, v) -> {
            if (!skip.contains(k)) {
                sb.append(' ').append(Quote.pair(k, v));
            }
        });
    }
}
