package io.tandem.crm.show;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code crm configure show}: every object (or the chosen ones) as crm text, in crmsh's order. */
public final class ShowPrinter {

    private ShowPrinter() {
    }

    public static String show(XmlElement configuration) {
        return show(configuration, ConfigObject.all(configuration));
    }

    public static String show(XmlElement configuration, List<ConfigObject> objects) {
        Set<String> referenced = referencedIds(configuration);
        List<ConfigObject> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparingInt(ConfigObject::rank).thenComparing((a, b) ->
                a.type().equals("node") ? 0 : a.id().compareTo(b.id())));
        StringBuilder sb = new StringBuilder();
        for (ConfigObject o : sorted) {
            String text = text(o, configuration, referenced);
            if (!text.isEmpty()) {
                sb.append(text).append('\n');
            }
        }
        return sb.toString();
    }

    /** One object's text; continuation lines start with a tab and the previous line ends in " \". */
    public static String text(ConfigObject o, XmlElement configuration, Set<String> referenced) {
        XmlElement x = o.xml();
        List<String> parts = switch (o.type()) {
            case "node" -> ResourceText.node(x, referenced);
            case "primitive" -> ResourceText.primitive(x, "primitive", referenced);
            case "rsc_template" -> ResourceText.primitive(x, "rsc_template", referenced);
            case "group" -> ResourceText.group(x, referenced);
            case "clone" -> ResourceText.clone(x, "clone", referenced);
            case "ms" -> ResourceText.clone(x, "ms", referenced);
            case "bundle" -> ResourceText.bundle(x, referenced);
            case "location" -> ConstraintText.location(x, referenced);
            case "colocation" -> List.of(ConstraintText.colocation(x));
            case "order" -> List.of(ConstraintText.order(x));
            case "rsc_ticket" -> List.of(ConstraintText.ticket(x));
            case "property", "rsc_defaults", "op_defaults" -> properties(o.type(), x, referenced);
            case "tag" -> List.of("tag " + x.id() + " " + String.join(" ",
                    x.children("obj_ref").stream().map(XmlElement::id).toList()));
            case "fencing_topology" -> fencing(x, configuration);
            case "alert" -> MiscText.alert(x, referenced);
            default -> MiscText.acl(o.type(), x);
        };
        return String.join(" \\\n\t", parts);
    }

    private static List<String> properties(String keyword, XmlElement set, Set<String> referenced) {
        List<String> parts = new ArrayList<>();
        String id = set.id();
        parts.add(keyword + " " + (id == null ? "" : Quote.bare(id) ? id + ":" : "$id=\"" + id + "\""));
        for (XmlElement r : set.children("rule")) {
            parts.add(AttrText.rule(r, referenced));
        }
        for (XmlElement p : set.children("nvpair")) {
            parts.add(AttrText.nvpair(p, referenced));
        }
        return parts;
    }

    private static List<String> fencing(XmlElement ft, XmlElement configuration) {
        List<XmlElement> levels = ft.children("fencing-level");
        java.util.LinkedHashMap<String, List<String>> byTarget = new java.util.LinkedHashMap<>();
        boolean plain = true;
        for (XmlElement l : levels) {
            String target = l.attr("target");
            if (target == null) {
                plain = false;
                target = l.attr("target-pattern") != null ? "pattern:" + l.attr("target-pattern")
                        : "attr:" + l.attr("target-attribute") + "=" + l.attr("target-value");
            }
            byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(l.attr("devices"));
        }
        List<String> nodes = new ArrayList<>();
        configuration.child("nodes").ifPresent(n -> n.children("node").forEach(x -> nodes.add(x.attr("uname",
                x.id()))));
        if (plain && !byTarget.isEmpty() && new HashSet<>(byTarget.keySet()).equals(new HashSet<>(nodes))
                && byTarget.values().stream().distinct().count() == 1) {
            return List.of("fencing_topology " + String.join(" ", byTarget.values().iterator().next()));
        }
        List<String> parts = new ArrayList<>();
        parts.add("fencing_topology");
        byTarget.forEach((t, devs) -> parts.add(t + (t.startsWith("attr:") || t.startsWith("pattern:") ? " " : ": ")
                + String.join(" ", devs)));
        return parts;
    }

    /** Ids that something refers to with id-ref: crmsh then prints their $id so the reference survives. */
    static Set<String> referencedIds(XmlElement configuration) {
        Set<String> out = new HashSet<>();
        configuration.walk(e -> {
            if (e.attr("id-ref") != null) {
                out.add(e.attr("id-ref"));
            }
        });
        return out;
    }
}
