package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configured node ({@code <node id uname type>}) with its permanent attributes (standby, maintenance,
 * user attributes) and utilization.
 */
public record CibNode(Map<String, String> attributes, List<NvSet> sets, List<XmlElement> unknown) {

    public CibNode {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        unknown = List.copyOf(unknown);
    }

    public static CibNode of(String id, String uname) {
        return new CibNode(Attrs.of().put("id", id).put("uname", uname).build(), List.of(), List.of());
    }

    public String id() {
        return attributes.get("id");
    }

    public String uname() {
        return attributes.getOrDefault("uname", id());
    }

    /** member (the default), remote or ping. */
    public String type() {
        return attributes.getOrDefault("type", "member");
    }

    /** A permanent node attribute, ignoring rules. */
    public Optional<String> attribute(String name) {
        for (NvSet s : sets) {
            if (s.kind().equals(NvSet.INSTANCE)) {
                Optional<String> v = s.get(name);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    public CibNode withSets(List<NvSet> s) {
        return new CibNode(attributes, s, unknown);
    }

    static CibNode fromXml(XmlElement e) {
        List<NvSet> sets = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (NvSet.isSetElement(c.name())) {
                sets.add(NvSet.fromXml(c));
            } else {
                unknown.add(c);
            }
        }
        return new CibNode(e.attributes(), sets, unknown);
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        sets.forEach(s -> kids.add(s.toXml()));
        kids.addAll(unknown);
        return new XmlElement("node", attributes, kids, "");
    }
}
