package io.tandem.executor;

/**
 * Pacemaker's execution status ({@code op-status}, enum pcmk_exec_status): how the execution went, as
 * opposed to what the agent answered (the rc).
 */
public enum ExecStatus {
    PENDING(-1, "Pending"),
    DONE(0, "complete"),
    CANCELLED(1, "Cancelled"),
    TIMEOUT(2, "Timed Out"),
    NOT_SUPPORTED(3, "NOT SUPPORTED"),
    ERROR(4, "Error"),
    ERROR_HARD(5, "Hard error"),
    ERROR_FATAL(6, "Fatal error"),
    NOT_INSTALLED(7, "Not installed"),
    NOT_CONNECTED(8, "Internal communication failure"),
    INVALID(9, "Cannot execute now");

    private final int code;
    private final String text;

    ExecStatus(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    /** pcmk_exec_status_str(): the words crm_mon shows as {@code status='...'}. */
    public String text() {
        return text;
    }
}
