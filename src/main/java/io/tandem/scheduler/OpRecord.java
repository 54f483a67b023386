package io.tandem.scheduler;

import io.tandem.cib.LrmRscOp;

/**
 * One unpacked history entry: the raw record plus what the scheduler made of it.
 *
 * @param task       the operation (start, stop, monitor, promote, migrate_to, ...)
 * @param expectedRc the rc the controller expected (from the transition key)
 * @param outcome    how the result was judged
 */
public record OpRecord(String rsc, String node, String task, long intervalMs, int callId, int rc, int opStatus,
        int expectedRc, Outcome outcome, String exitReason, long lastRcChange, long execTimeMs, long queueTimeMs,
        String opDigest, String restartDigest, String id, LrmRscOp raw) {

    /** The judgement of an operation result, after Pacemaker's remapping. */
    public enum Outcome {
        OK, PENDING, CANCELLED, FAILED, HARD_ERROR, FATAL_ERROR, NOT_INSTALLED, NOT_SUPPORTED
    }

    public boolean isProbe() {
        return task.equals("monitor") && intervalMs == 0;
    }

    public boolean isFailure() {
        return switch (outcome) {
            case FAILED, HARD_ERROR, FATAL_ERROR, NOT_INSTALLED -> true;
            default -> false;
        };
    }

    /** "rsc_monitor_10000", Pacemaker's operation key. */
    public String key() {
        return rsc + "_" + task + "_" + intervalMs;
    }
}
