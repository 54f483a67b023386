package io.tandem.service;

import java.util.Objects;

/** Who asks for a command, with which role, and through which node's dashboard or CLI: recorded in the audit log. */
public record Actor(String user, Role role, String fromNode) {
    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fromNode, "fromNode");
    }
}
