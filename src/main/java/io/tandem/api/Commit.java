package io.tandem.api;

import java.util.Optional;

/** How a write ended: the new CIB version, or why nothing was applied. */
public record Commit(Outcome outcome, String message, Optional<String> version) {

    public enum Outcome {
        /** Applied; {@code version} is the CIB's new version. */
        OK,
        /** The CIB changed since the caller read it (HTTP 409). */
        CONFLICT,
        /** The request itself is wrong, e.g. an invalid configuration (HTTP 400). */
        INVALID,
        /** The cluster cannot take writes now: no DC, or it did not answer in time (HTTP 503). */
        UNAVAILABLE
    }

    public static Commit ok(String version) {
        return new Commit(Outcome.OK, "ok", Optional.of(version));
    }

    public static Commit failed(Outcome outcome, String message) {
        return new Commit(outcome, message, Optional.empty());
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
