package io.tandem.cib;

import java.util.List;
import java.util.Map;

/**
 * {@code rsc_location}: a resource (or {@code rsc-pattern}, or sets) preferred on or banned from a
 * node with a score, or placed by rules. {@code role} and {@code resource-discovery} are attributes.
 */
public record Location(Map<String, String> attributes, List<Rule> rules, List<ResourceSet> sets,
        List<XmlElement> unknown) implements Constraint {

    public Location {
        attributes = Attrs.copy(attributes);
        rules = List.copyOf(rules);
        sets = List.copyOf(sets);
        unknown = List.copyOf(unknown);
    }

    public static Location of(String id, String rsc, String node, String score, String role) {
        return new Location(Attrs.of().put("id", id).put("rsc", rsc).put("role", role).put("score", score)
                .put("node", node).build(), List.of(), List.of(), List.of());
    }

    public String rsc() {
        return attributes.get("rsc");
    }

    public String node() {
        return attributes.get("node");
    }

    public String score() {
        return attributes.get("score");
    }

    public String role() {
        return attributes.get("role");
    }

    @Override
    public String elementName() {
        return "rsc_location";
    }

    @Override
    public List<String> referencedIds() {
        return Constraint.refs(attributes, sets, "rsc");
    }

    @Override
    public void childrenXml(List<XmlElement> out) {
        rules.forEach(r -> out.add(r.toXml()));
    }
}
