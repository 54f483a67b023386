package io.tandem.cib;

import java.util.List;
import java.util.Map;

/** {@code rsc_colocation}: {@code rsc} placed relative to {@code with-rsc}, or sets, with a score and roles. */
public record Colocation(Map<String, String> attributes, List<ResourceSet> sets, List<XmlElement> unknown)
        implements Constraint {

    public Colocation {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        unknown = List.copyOf(unknown);
    }

    @Override
    public String elementName() {
        return "rsc_colocation";
    }

    @Override
    public List<String> referencedIds() {
        return Constraint.refs(attributes, sets, "rsc", "with-rsc");
    }
}
