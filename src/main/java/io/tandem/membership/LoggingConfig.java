package io.tandem.membership;

import java.util.Optional;

/** The {@code logging} section; Tandem is quiet unless {@code debug: on}. */
public record LoggingConfig(boolean toLogfile, Optional<String> logfile, boolean toSyslog, boolean toStderr,
                            boolean timestamp, boolean debug) {
    public static LoggingConfig defaults() {
        return new LoggingConfig(false, Optional.empty(), true, false, false, false);
    }
}
