package io.tandem.crm.lang;

import java.util.Set;

/**
 * Parses an attribute list after {@code params}, {@code meta}, {@code utilization}, {@code attributes},
 * {@code op_params}, {@code op_meta} or {@code property}: {@code [$id=X|$id-ref=X] [SCORE:] [rule ...]
 * name=value ...}, where a pair may also be {@code $ID:name=value} or a reference {@code @ID[:name]}.
 */
final class AttrListParser {

    private AttrListParser() {
    }

    static Elem parse(Cursor c, String setElement, Set<String> stopWords) {
        Elem set = new Elem(setElement);
        while (c.more()) {
            String t = c.peek();
            if (t.startsWith("$id=")) {
                set.set("id", t.substring(4));
            } else if (t.startsWith("$id-ref=")) {
                set.set("id-ref", t.substring(8));
            } else if (Keywords.isScoreToken(t) && !t.contains("=")) {
                RuleParser.setScore(set, t.substring(0, t.length() - 1));
                set.attrs.remove("score-attribute");
            } else if (t.equals("rule")) {
                c.next();
                set.add(RuleParser.parse(c, null));
                continue;
            } else {
                break;
            }
            c.next();
        }
        while (c.more() && !stopWords.contains(c.peek())) {
            String t = c.peek();
            if (t.startsWith("@")) {
                c.next();
                String ref = t.substring(1);
                int colon = ref.indexOf(':');
                Elem p = set.add(new Elem("nvpair"));
                if (colon >= 0) {
                    p.set("id-ref", ref.substring(0, colon)).set("name", ref.substring(colon + 1));
                } else {
                    p.set("id-ref", ref);
                }
                continue;
            }
            if (!t.contains("=")) {
                if (stopWords.isEmpty() || !t.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
                    break;
                }
                // a name without a value: crmsh keeps it as a pair with no value
                c.next();
                set.add(new Elem("nvpair")).set("name", t);
                continue;
            }
            c.next();
            String id = null;
            String pair = t;
            if (t.startsWith("$") && t.indexOf(':') > 0 && t.indexOf(':') < t.indexOf('=')) {
                id = t.substring(1, t.indexOf(':'));
                pair = t.substring(t.indexOf(':') + 1);
            }
            String[] kv = pair.split("=", 2);
            set.add(new Elem("nvpair")).set("name", kv[0]).set("value", kv[1]).set("id", id);
        }
        return set;
    }
}
