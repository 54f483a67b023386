package io.tandem.api;

import io.tandem.cib.XmlElement;
import java.util.List;
import java.util.Optional;

/** The CIB sections a request may name, and how to find or replace one. */
public final class Sections {

    /** The children of {@code <configuration>}. */
    public static final List<String> CONFIGURATION = List.of("crm_config", "nodes", "resources", "constraints",
            "rsc_defaults", "op_defaults", "acls", "fencing-topology", "tags", "alerts");

    private Sections() {
    }

    static void requireKnown(String scope) {
        if (!scope.equals("configuration") && !scope.equals("status") && !CONFIGURATION.contains(scope)) {
            throw ApiError.badRequest("unknown section '" + scope + "'; use one of configuration, status, "
                    + String.join(", ", CONFIGURATION));
        }
    }

    public static Optional<XmlElement> find(XmlElement cib, String scope) {
        if (scope.equals("configuration") || scope.equals("status")) {
            return cib.child(scope);
        }
        return cib.child("configuration").flatMap(c -> c.child(scope));
    }
}
