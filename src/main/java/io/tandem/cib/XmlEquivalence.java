package io.tandem.cib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Semantic XML equality as Pacemaker means it: the same elements, attributes and values, ignoring
 * attribute order and whitespace. Siblings with the same name keep their relative order (it carries
 * meaning, as in a group's members); siblings of different names may be reordered.
 */
public final class XmlEquivalence {

    private XmlEquivalence() {
    }

    public static boolean equivalent(XmlElement a, XmlElement b) {
        return difference(a, b).isEmpty();
    }

    /** The first difference found, as a path and a description; empty when equivalent. */
    public static Optional<String> difference(XmlElement a, XmlElement b) {
        return diff(a, b, "/" + a.name() + idSuffix(a));
    }

    private static Optional<String> diff(XmlElement a, XmlElement b, String path) {
        if (!a.name().equals(b.name())) {
            return Optional.of(path + ": element <" + a.name() + "> vs <" + b.name() + ">");
        }
        if (!a.attributes().equals(b.attributes())) {
            for (Map.Entry<String, String> e : a.attributes().entrySet()) {
                String other = b.attributes().get(e.getKey());
                if (!e.getValue().equals(other)) {
                    return Optional.of(path + ": attribute " + e.getKey() + "=\"" + e.getValue() + "\" vs "
                            + (other == null ? "absent" : "\"" + other + "\""));
                }
            }
            for (String k : b.attributes().keySet()) {
                if (!a.attributes().containsKey(k)) {
                    return Optional.of(path + ": attribute " + k + " absent vs \"" + b.attr(k) + "\"");
                }
            }
        }
        if (!a.text().strip().equals(b.text().strip())) {
            return Optional.of(path + ": text differs");
        }
        List<XmlElement> ca = sorted(a.children());
        List<XmlElement> cb = sorted(b.children());
        if (ca.size() != cb.size()) {
            return Optional.of(path + ": " + ca.size() + " children vs " + cb.size() + " (" + names(ca) + " vs "
                    + names(cb) + ")");
        }
        for (int i = 0; i < ca.size(); i++) {
            Optional<String> d = diff(ca.get(i), cb.get(i), path + "/" + ca.get(i).name() + idSuffix(ca.get(i)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static List<XmlElement> sorted(List<XmlElement> kids) {
        List<XmlElement> out = new ArrayList<>(kids);
        out.sort(Comparator.comparing(XmlElement::name)); // stable: same-name order is kept
        return out;
    }

    private static String names(List<XmlElement> kids) {
        return kids.stream().map(XmlElement::name).toList().toString();
    }

    private static String idSuffix(XmlElement e) {
        return e.id() == null ? "" : "[@id='" + e.id() + "']";
    }
}
