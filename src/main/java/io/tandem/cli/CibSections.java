package io.tandem.cli;

import io.tandem.cib.XmlElement;
import java.util.List;
import java.util.Optional;

/** The sections {@code --scope} may name, and how to find or replace one inside a whole CIB. */
final class CibSections {

    static final List<String> CONFIGURATION = List.of("crm_config", "nodes", "resources", "constraints",
            "rsc_defaults", "op_defaults", "acls", "fencing-topology", "tags", "alerts");

    private CibSections() {
    }

    static void requireKnown(String scope) {
        if (!scope.equals("configuration") && !scope.equals("status") && !CONFIGURATION.contains(scope)) {
            throw new UsageException("unknown --scope '" + scope + "'; use one of configuration, status, "
                    + String.join(", ", CONFIGURATION));
        }
    }

    static Optional<XmlElement> find(XmlElement cib, String scope) {
        if (scope.equals("configuration") || scope.equals("status")) {
            return cib.child(scope);
        }
        return cib.child("configuration").flatMap(c -> c.child(scope));
    }

    /** The CIB with the section of the same name as {@code section} replaced (or added). */
    static XmlElement replace(XmlElement cib, XmlElement section) {
        requireKnown(section.name());
        if (section.name().equals("configuration") || section.name().equals("status")) {
            return cib.withChildReplaced(section);
        }
        XmlElement configuration = cib.child("configuration").orElse(XmlElement.of("configuration"));
        return cib.withChildReplaced(configuration.withChildReplaced(section));
    }
}
