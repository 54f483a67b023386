package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@code resource_set} inside a constraint: ordered references with sequential/require-all/role/action. */
public record ResourceSet(Map<String, String> attributes, List<String> resourceRefs, List<XmlElement> unknown) {

    public ResourceSet {
        attributes = Attrs.copy(attributes);
        resourceRefs = List.copyOf(resourceRefs);
        unknown = List.copyOf(unknown);
    }

    public static ResourceSet of(String id, List<String> refs, Map<String, String> more) {
        Attrs a = Attrs.of().put("id", id);
        more.forEach(a::put);
        return new ResourceSet(a.build(), refs, List.of());
    }

    public String id() {
        return attributes.get("id");
    }

    public String get(String key) {
        return attributes.get(key);
    }

    public boolean sequential() {
        return !"false".equalsIgnoreCase(attributes.getOrDefault("sequential", "true"));
    }

    public boolean requireAll() {
        return !"false".equalsIgnoreCase(attributes.getOrDefault("require-all", "true"));
    }

    static ResourceSet fromXml(XmlElement e) {
        List<String> refs = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.name().equals("resource_ref")) {
                refs.add(c.id());
            } else {
                unknown.add(c);
            }
        }
        return new ResourceSet(e.attributes(), refs, unknown);
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        for (String r : resourceRefs) {
            kids.add(new XmlElement("resource_ref", Map.of("id", r), List.of(), ""));
        }
        kids.addAll(unknown);
        return new XmlElement("resource_set", attributes, kids, "");
    }
}
