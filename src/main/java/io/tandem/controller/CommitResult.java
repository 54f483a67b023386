package io.tandem.controller;

import io.tandem.cib.CibVersion;
import java.util.Optional;

/** The outcome of a configuration commit or status command: the new version, or why it was refused. */
public record CommitResult(boolean ok, String message, Optional<CibVersion> version) {

    public static CommitResult ok(CibVersion v) {
        return new CommitResult(true, "ok", Optional.of(v));
    }

    public static CommitResult refused(String why) {
        return new CommitResult(false, why, Optional.empty());
    }
}
