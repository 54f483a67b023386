package io.tandem.crm.lang;

import io.tandem.cib.XmlElement;
import java.util.List;

/**
 * One parsed configure object: its crm type ({@code primitive}, {@code ms}, {@code location}...), its
 * XML without generated ids, the ids of existing resources it takes in (group members, a clone's
 * child), and the notes crmsh prints while parsing (deprecations).
 */
public record CliObject(String type, XmlElement xml, List<String> childRefs, List<String> notes) {
    public CliObject {
        childRefs = List.copyOf(childRefs);
        notes = List.copyOf(notes);
    }

    public String id() {
        return xml.id();
    }
}
