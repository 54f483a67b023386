package io.tandem.executor;

import java.util.Objects;

/**
 * The executor's verdict on one operation: the OCF rc, the execution status and the agent's exit reason.
 *
 * @param rc         OCF rc 0–9 (anything else the agent returned has become 1)
 * @param status     how the execution went
 * @param exitReason the last {@code ocf-exit-reason:} line (at most 128 characters) or the executor's own reason
 * @param output     the agent's standard output (meta-data lives here)
 * @param execMillis how long the agent ran
 */
public record OperationResult(int rc, ExecStatus status, String exitReason, String output, long execMillis) {

    public static final int MAX_EXIT_REASON = 128;

    public OperationResult {
        Objects.requireNonNull(status, "status");
        exitReason = exitReason == null ? "" : exitReason;
        output = output == null ? "" : output;
    }

    public static OperationResult refused(int rc, ExecStatus status, String reason) {
        return new OperationResult(rc, status, reason, "", 0);
    }

    public static OperationResult cancelled() {
        return new OperationResult(OcfRc.ERR_GENERIC, ExecStatus.CANCELLED, "", "", 0);
    }

    public boolean ok() {
        return status == ExecStatus.DONE && rc == OcfRc.OK;
    }

    /** One line for logs and for crm_resource's output. */
    public String summary() {
        String s = "rc=" + rc + " (" + OcfRc.describe(rc) + "), status=" + status.text();
        return exitReason.isEmpty() ? s : s + ", exit-reason='" + exitReason + "'";
    }
}
