package io.tandem.executor;

/** OCF return codes: results, not exceptions (0–7 for every agent, 8/9 for promotable ones). */
public final class OcfRc {
    public static final int OK = 0;
    public static final int ERR_GENERIC = 1;
    public static final int ERR_ARGS = 2;
    public static final int ERR_UNIMPLEMENTED = 3;
    public static final int ERR_PERM = 4;
    public static final int ERR_INSTALLED = 5;
    public static final int ERR_CONFIGURED = 6;
    public static final int NOT_RUNNING = 7;
    public static final int RUNNING_PROMOTED = 8;
    public static final int FAILED_PROMOTED = 9;

    private static final String[] NAMES = {"ok", "error", "invalid parameter", "unimplemented feature",
        "insufficient privileges", "not installed", "not configured", "not running", "promoted",
        "promoted (failed)"};

    private OcfRc() {
    }

    public static boolean isResult(int rc) {
        return rc >= OK && rc <= FAILED_PROMOTED;
    }

    /** Pacemaker's wording, as crm_mon prints it. */
    public static String describe(int rc) {
        return isResult(rc) ? NAMES[rc] : "unknown";
    }
}
