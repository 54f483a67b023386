package io.tandem.controller;

import io.tandem.cib.CibVersion;
import java.util.Optional;

/** The outcome of a configuration commit or status command: the new version, or why it was refused. */
public record CommitResult(boolean ok, String message, Optional<CibVersion> version) {

    /** How a refusal because of a stale expected version begins (clients retry those, or report a conflict). */
    public static final String CONFLICT = "the CIB changed since it was read";
    /** How a refusal because there is no DC to write to begins. */
    public static final String NO_DC = "no DC";

    public boolean conflict() {
        return !ok && message.startsWith(CONFLICT);
    }

    public boolean noDc() {
        return !ok && message.startsWith(NO_DC);
    }

    public static CommitResult ok(CibVersion v) {
        return new CommitResult(true, "ok", Optional.of(v));
    }

    public static CommitResult refused(String why) {
        return new CommitResult(false, why, Optional.empty());
    }
}
