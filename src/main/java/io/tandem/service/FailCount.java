package io.tandem.service;

import java.time.Instant;
import java.util.Optional;

/** crm_mon's Migration Summary line: a fail-count (summed over operations) against migration-threshold. */
public record FailCount(
        String resource,
        String node,
        int count,
        int migrationThreshold,
        Instant lastFailure,
        Optional<Instant> expires) {

    /** At the threshold the resource may no longer run on this node. */
    public boolean exhausted() {
        return migrationThreshold > 0 && count >= migrationThreshold;
    }
}
