package io.tandem.service;

import java.time.Instant;
import java.util.Optional;

/** A constraint left by move/ban: visible, attributed and possibly expiring. */
public record MoveConstraint(
        String id,
        String resource,
        MoveKind kind,
        String node,
        Instant since,
        String by,
        Optional<Instant> expires) {
}
