package io.tandem.cib;

import java.util.List;
import java.util.Map;

/** {@code rsc_ticket}: resources that may run only while a ticket is granted, with a loss-policy. */
public record TicketConstraint(Map<String, String> attributes, List<ResourceSet> sets, List<XmlElement> unknown)
        implements Constraint {

    public TicketConstraint {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        unknown = List.copyOf(unknown);
    }

    public String ticket() {
        return attributes.get("ticket");
    }

    @Override
    public String elementName() {
        return "rsc_ticket";
    }

    @Override
    public List<String> referencedIds() {
        return Constraint.refs(attributes, sets, "rsc");
    }
}
