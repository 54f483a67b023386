package io.tandem.api;

import java.time.InstantSource;
import java.util.Objects;

/**
 * What the running node hands the API: its operations, the token requests must carry, and the clock
 * (for metrics). Boot publishes it as the servlet context attribute {@link #ATTRIBUTE}.
 */
public record ApiContext(NodeOperations node, ApiToken token, InstantSource clock) {

    public static final String ATTRIBUTE = "io.tandem.api.context";

    public ApiContext {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clock, "clock");
    }
}
