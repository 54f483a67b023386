package io.tandem.scheduler;

import java.util.Map;

/**
 * Fail-counts of one resource on one node from the {@code fail-count-RSC#OP_INTERVAL} (or legacy
 * {@code fail-count-RSC}) transient attributes, with the latest {@code last-failure-*} time.
 *
 * @param perOperation count by operation key ("monitor_10000"; "" for the legacy per-resource attribute)
 * @param lastFailure  epoch seconds of the latest failure, 0 when unknown
 */
public record FailCount(String rsc, String node, Map<String, Integer> perOperation, long lastFailure) {

    public FailCount {
        perOperation = Map.copyOf(perOperation);
    }

    /** The sum over operations, clipped to INFINITY, as crm_mon shows it. */
    public int total() {
        int t = 0;
        for (int v : perOperation.values()) {
            t = io.tandem.cib.Score.add(t, v);
        }
        return t;
    }
}
