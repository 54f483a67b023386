package io.tandem.executor;

/** Turns a process outcome into an OCF result: rc mapping, the exit reason, timeouts. */
public final class OutcomeInterpreter {

    /** Pacemaker's words for a process killed at its deadline. */
    public static final String TIMEOUT_REASON = "Timed out";

    private OutcomeInterpreter() {
    }

    public static OperationResult interpret(AgentOutcome o, RcMapping mapping) {
        if (!o.launched()) {
            return new OperationResult(OcfRc.ERR_GENERIC, ExecStatus.ERROR, cut(o.launchError()), "", 0);
        }
        String reason = exitReason(o.stderr());
        if (o.timedOut()) {
            return new OperationResult(OcfRc.ERR_GENERIC, ExecStatus.TIMEOUT, reason.isEmpty() ? TIMEOUT_REASON : reason,
                    o.stdout(), o.execMillis());
        }
        int code = o.exitCode();
        int rc = switch (mapping) {
            case OCF -> code;
            case LSB -> code >= 0 && code <= OcfRc.NOT_RUNNING ? code : -1;
            case LSB_STATUS -> code == 0 ? OcfRc.OK : code >= 1 && code <= 3 ? OcfRc.NOT_RUNNING : OcfRc.ERR_GENERIC;
            case SYSTEMD_STATUS -> code == 0 ? OcfRc.OK : OcfRc.NOT_RUNNING;
        };
        if (!OcfRc.isResult(rc)) {
            // Not a result: a crash, a signal or a confused agent. Pacemaker reports a generic error.
            String why = code > 128 && code < 160 ? "agent was killed by signal " + (code - 128)
                    : "agent exited with status " + code;
            return new OperationResult(OcfRc.ERR_GENERIC, ExecStatus.ERROR, reason.isEmpty() ? why : reason,
                    o.stdout(), o.execMillis());
        }
        return new OperationResult(rc, ExecStatus.DONE, reason, o.stdout(), o.execMillis());
    }

    /** The last stderr line starting with {@code ocf-exit-reason:}, without the prefix, cut to 128 chars. */
    public static String exitReason(String stderr) {
        String found = "";
        int start = 0;
        while (start <= stderr.length()) {
            int nl = stderr.indexOf('\n', start);
            int end = nl < 0 ? stderr.length() : nl;
            String line = stderr.substring(start, end);
            if (line.startsWith(OcfEnvironment.EXIT_REASON_PREFIX)) {
                found = line.substring(OcfEnvironment.EXIT_REASON_PREFIX.length());
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return cut(found.strip());
    }

    static String cut(String s) {
        return s.length() <= OperationResult.MAX_EXIT_REASON ? s : s.substring(0, OperationResult.MAX_EXIT_REASON);
    }
}
