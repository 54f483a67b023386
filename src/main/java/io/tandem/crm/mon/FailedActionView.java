package io.tandem.crm.mon;

import java.util.Optional;

/**
 * A failed operation (the Failed Resource Actions section), as recorded in the history.
 *
 * @param opKey        rsc_task_interval
 * @param status       the execution status code (0 = complete)
 * @param lastRcChange epoch seconds
 * @param hasOperationKey the history names the key (older CIBs only have the entry's id)
 */
public record FailedActionView(String opKey, String node, String rsc, String task, long intervalMs, int rc,
        int status, Optional<String> exitReason, Optional<String> callId, Optional<Long> lastRcChange,
        Optional<String> queueTime, Optional<String> execTime, boolean hasOperationKey) {
}
