package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A constraint: location, colocation, order or ticket. The four share a shape: attributes, optional
 * resource sets, and (for location) rules; so one record per kind over that shape.
 */
public sealed interface Constraint permits Location, Colocation, Ordering, TicketConstraint {

    Map<String, String> attributes();

    List<ResourceSet> sets();

    List<XmlElement> unknown();

    String elementName();

    default String id() {
        return attributes().get("id");
    }

    default String get(String key) {
        return attributes().get(key);
    }

    /** Every resource (or tag/template) id this constraint names, directly or in sets. */
    List<String> referencedIds();

    default XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        childrenXml(kids);
        sets().forEach(s -> kids.add(s.toXml()));
        kids.addAll(unknown());
        return new XmlElement(elementName(), attributes(), kids, "");
    }

    /** Kind-specific children that come before the sets (location rules). */
    default void childrenXml(List<XmlElement> out) {
    }

    static Constraint fromXml(XmlElement e) {
        List<ResourceSet> sets = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.name().equals("resource_set")) {
                sets.add(ResourceSet.fromXml(c));
            } else if (c.name().equals("rule") && e.name().equals("rsc_location")) {
                rules.add(Rule.fromXml(c));
            } else {
                unknown.add(c);
            }
        }
        return switch (e.name()) {
            case "rsc_location" -> new Location(e.attributes(), rules, sets, unknown);
            case "rsc_colocation" -> new Colocation(e.attributes(), sets, unknown);
            case "rsc_order" -> new Ordering(e.attributes(), sets, unknown);
            case "rsc_ticket" -> new TicketConstraint(e.attributes(), sets, unknown);
            default -> throw new CibException("<" + e.name() + " id=\"" + e.id()
                    + "\">: unknown element in constraints");
        };
    }

    static List<String> refs(Map<String, String> attrs, List<ResourceSet> sets, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String v = attrs.get(k);
            if (v != null) {
                out.add(v);
            }
        }
        sets.forEach(s -> out.addAll(s.resourceRefs()));
        return out;
    }
}
