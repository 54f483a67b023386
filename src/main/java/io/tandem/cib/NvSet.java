package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An attribute set: {@code instance_attributes}, {@code meta_attributes}, {@code utilization} or
 * {@code cluster_property_set}, with an optional rule deciding when it applies and a score ordering
 * it among its siblings.
 */
public record NvSet(String kind, Map<String, String> attributes, Optional<Rule> rule, List<NvPair> pairs,
        List<XmlElement> unknown) {

    public static final String INSTANCE = "instance_attributes";
    public static final String META = "meta_attributes";
    public static final String UTILIZATION = "utilization";
    public static final String PROPERTIES = "cluster_property_set";

    public NvSet {
        attributes = Attrs.copy(attributes);
        pairs = List.copyOf(pairs);
        unknown = List.copyOf(unknown);
    }

    public static NvSet of(String kind, String id, List<NvPair> pairs) {
        return new NvSet(kind, Attrs.of().put("id", id).build(), Optional.empty(), pairs, List.of());
    }

    public static boolean isSetElement(String name) {
        return name.equals(INSTANCE) || name.equals(META) || name.equals(UTILIZATION) || name.equals(PROPERTIES);
    }

    public String id() {
        return attributes.get("id");
    }

    public String idRef() {
        return attributes.get("id-ref");
    }

    /** The set's score; Pacemaker evaluates sets with higher scores first. */
    public String score() {
        return attributes.get("score");
    }

    /** The value of the first pair with this name, ignoring rules. */
    public Optional<String> get(String name) {
        for (NvPair p : pairs) {
            if (name.equals(p.name())) {
                return Optional.ofNullable(p.value());
            }
        }
        return Optional.empty();
    }

    public NvSet withPairs(List<NvPair> newPairs) {
        return new NvSet(kind, attributes, rule, newPairs, unknown);
    }

    /** Sets {@code name} to {@code value}, replacing an existing pair or adding one with a derived id. */
    public NvSet with(String name, String value) {
        List<NvPair> out = new ArrayList<>();
        boolean found = false;
        for (NvPair p : pairs) {
            if (name.equals(p.name())) {
                if (!found) {
                    out.add(new NvPair(Attrs.with(p.attributes(), "value", value)));
                }
                found = true;
            } else {
                out.add(p);
            }
        }
        if (!found) {
            out.add(NvPair.of(id() + "-" + name, name, value));
        }
        return withPairs(out);
    }

    public NvSet without(String name) {
        return withPairs(pairs.stream().filter(p -> !name.equals(p.name())).toList());
    }

    static NvSet fromXml(XmlElement e) {
        Optional<Rule> rule = Optional.empty();
        List<NvPair> pairs = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            switch (c.name()) {
                case "nvpair" -> pairs.add(NvPair.fromXml(c));
                case "rule" -> {
                    if (rule.isPresent()) {
                        unknown.add(c);
                    } else {
                        rule = Optional.of(Rule.fromXml(c));
                    }
                }
                default -> unknown.add(c);
            }
        }
        return new NvSet(e.name(), e.attributes(), rule, pairs, unknown);
    }

    /** An element's attribute sets, and its other children kept verbatim. */
    record Split(List<NvSet> sets, List<XmlElement> rest) {
    }

    static Split split(XmlElement parent) {
        List<NvSet> sets = new ArrayList<>();
        List<XmlElement> rest = new ArrayList<>();
        for (XmlElement c : parent.children()) {
            if (isSetElement(c.name())) {
                sets.add(fromXml(c));
            } else {
                rest.add(c);
            }
        }
        return new Split(sets, rest);
    }

    /** The first value of {@code name} in sets of this kind, ignoring rules (or skipping ruled sets). */
    static Optional<String> first(List<NvSet> sets, String kind, boolean skipRuled, String name) {
        for (NvSet s : sets) {
            if (s.kind().equals(kind) && !(skipRuled && s.rule().isPresent())) {
                Optional<String> v = s.get(name);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    static List<NvSet> allFromXml(XmlElement parent) {
        List<NvSet> out = new ArrayList<>();
        for (XmlElement c : parent.children()) {
            if (isSetElement(c.name())) {
                out.add(fromXml(c));
            }
        }
        return out;
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        rule.ifPresent(r -> kids.add(r.toXml()));
        pairs.forEach(p -> kids.add(p.toXml()));
        kids.addAll(unknown);
        return new XmlElement(kind, attributes, kids, "");
    }
}
