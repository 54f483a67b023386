package io.tandem.executor;

/**
 * What happened to one process, before any OCF interpretation.
 *
 * @param exitCode    the process's exit status (128+N after signal N), or -1 when it never ran
 * @param timedOut    true when the runner killed the process group at the deadline
 * @param stdout      captured standard output (bounded)
 * @param stderr      captured standard error (bounded)
 * @param execMillis  wall time from launch to exit
 * @param launchError why the process could not be started, or empty
 */
public record AgentOutcome(int exitCode, boolean timedOut, String stdout, String stderr, long execMillis,
        String launchError) {

    public AgentOutcome {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
        launchError = launchError == null ? "" : launchError;
    }

    public static AgentOutcome exited(int exitCode, String stdout, String stderr, long execMillis) {
        return new AgentOutcome(exitCode, false, stdout, stderr, execMillis, "");
    }

    public static AgentOutcome timedOut(String stdout, String stderr, long execMillis) {
        return new AgentOutcome(-1, true, stdout, stderr, execMillis, "");
    }

    public static AgentOutcome notLaunched(String why) {
        return new AgentOutcome(-1, false, "", "", 0, why);
    }

    public boolean launched() {
        return launchError.isEmpty();
    }
}
