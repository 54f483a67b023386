package io.tandem.service;

import java.time.Duration;
import java.time.Instant;

/** One of crm_mon's Failed Resource Actions, with the fields its line shows. */
public record FailedAction(
        String resource,
        String operation,
        long intervalMs,
        String node,
        int rc,
        String rcText,
        String status,
        String exitReason,
        int callId,
        Instant lastRcChange,
        Duration queued,
        Duration exec) {

    /** Pacemaker's operation key, e.g. {@code httpd_monitor_10000}. */
    public String key() {
        return resource + "_" + operation + "_" + intervalMs;
    }
}
