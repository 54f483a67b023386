package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A group: primitives started in order and kept together. */
public record Group(Map<String, String> attributes, List<NvSet> sets, List<Primitive> members,
        List<XmlElement> unknown) implements Resource {

    public Group {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        members = List.copyOf(members);
        unknown = List.copyOf(unknown);
    }

    public static Group of(String id, List<Primitive> members) {
        return new Group(Attrs.of().put("id", id).build(), List.of(), members, List.of());
    }

    public Group withMembers(List<Primitive> m) {
        return new Group(attributes, sets, m, unknown);
    }

    public Group withSets(List<NvSet> s) {
        return new Group(attributes, s, members, unknown);
    }

    @Override
    public List<Resource> selfAndDescendants() {
        List<Resource> out = new ArrayList<>();
        out.add(this);
        out.addAll(members);
        return out;
    }

    static Group fromXml(XmlElement e) {
        List<NvSet> sets = new ArrayList<>();
        List<Primitive> members = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (NvSet.isSetElement(c.name())) {
                sets.add(NvSet.fromXml(c));
            } else if (c.name().equals("primitive")) {
                members.add(Primitive.fromXml(c));
            } else {
                unknown.add(c);
            }
        }
        return new Group(e.attributes(), sets, members, unknown);
    }

    @Override
    public XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        sets.forEach(s -> kids.add(s.toXml()));
        members.forEach(m -> kids.add(m.toXml()));
        kids.addAll(unknown);
        return new XmlElement("group", attributes, kids, "");
    }
}
