package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tag: a name for a list of resources, usable in constraints. */
public record Tag(String id, List<String> refs) {
    public Tag {
        refs = List.copyOf(refs);
    }

    static Tag fromXml(XmlElement e) {
        List<String> refs = new ArrayList<>();
        for (XmlElement c : e.children("obj_ref")) {
            refs.add(c.id());
        }
        return new Tag(e.id(), refs);
    }

    XmlElement toXml() {
        return new XmlElement("tag", Map.of("id", id),
                refs.stream().map(r -> new XmlElement("obj_ref", Map.of("id", r), List.of(), "")).toList(), "");
    }
}
