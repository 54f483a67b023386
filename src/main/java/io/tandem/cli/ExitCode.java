package io.tandem.cli;

/** Pacemaker's exit codes (crm_exit_t), so scripts written for Pacemaker's tools behave the same. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int INVALID_PARAM = 2;
    public static final int UNIMPLEMENT_FEATURE = 3;
    public static final int USAGE = 64;
    public static final int DATAERR = 65;
    public static final int NOINPUT = 66;
    public static final int CANTCREAT = 73;
    public static final int IOERR = 74;
    public static final int CONFIG = 78;
    public static final int NOT_CONNECTED = 102;
    public static final int OLD = 103;
    public static final int NOSUCH = 105;

    private ExitCode() {
    }
}
