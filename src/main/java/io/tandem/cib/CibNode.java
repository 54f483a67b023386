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
        return NvSet.first(sets, NvSet.INSTANCE, false, name);
    }

    public CibNode withSets(List<NvSet> s) {
        return new CibNode(attributes, s, unknown);
    }

    static CibNode fromXml(XmlElement e) {
        NvSet.Split split = NvSet.split(e);
        return new CibNode(e.attributes(), split.sets(), split.rest());
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        sets.forEach(s -> kids.add(s.toXml()));
        kids.addAll(unknown);
        return new XmlElement("node", attributes, kids, "");
    }
}
