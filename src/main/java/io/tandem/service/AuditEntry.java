package io.tandem.service;

import java.time.Instant;

/** One append-only audit record: who, when, from which node, what, the result, and the CIB diff. */
public record AuditEntry(
        long id,
        Instant at,
        String user,
        Role role,
        String fromNode,
        String command,
        boolean ok,
        String result,
        String cibDiff) {
}
