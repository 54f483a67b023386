package io.tandem.cib;

import java.util.List;
import java.util.Map;

/** {@code rsc_order}: {@code then} after {@code first} (actions, kind, score, symmetrical), or sets. */
public record Ordering(Map<String, String> attributes, List<ResourceSet> sets, List<XmlElement> unknown)
        implements Constraint {

    public Ordering {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        unknown = List.copyOf(unknown);
    }

    @Override
    public String elementName() {
        return "rsc_order";
    }

    @Override
    public List<String> referencedIds() {
        return Constraint.refs(attributes, sets, "first", "then");
    }
}
