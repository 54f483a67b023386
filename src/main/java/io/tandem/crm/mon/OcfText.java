package io.tandem.crm.mon;

/** Pacemaker's wording of OCF exit codes, execution statuses and intervals. */
public final class OcfText {

    private OcfText() {
    }

    /** services_ocf_exitcode_str. */
    public static String exitCode(int rc) {
        return switch (rc) {
            case 0 -> "ok";
            case 1 -> "error";
            case 2 -> "invalid parameter";
            case 3 -> "unimplemented feature";
            case 4 -> "insufficient privileges";
            case 5 -> "not installed";
            case 6 -> "not configured";
            case 7 -> "not running";
            case 8 -> "promoted";
            case 9 -> "promoted (failed)";
            case 190 -> "OCF_DEGRADED";
            case 191 -> "OCF_DEGRADED_PROMOTED";
            default -> "unknown";
        };
    }

    /** pcmk_exec_status_str. */
    public static String execStatus(int status) {
        return switch (status) {
            case -1 -> "pending";
            case 0 -> "complete";
            case 1 -> "Cancelled";
            case 2 -> "Timed Out";
            case 3 -> "NOT SUPPORTED";
            case 4 -> "Error";
            case 5 -> "Hard error";
            case 6 -> "Fatal error";
            case 7 -> "Not installed";
            case 8 -> "Internal communication failure";
            case 9 -> "Cannot execute now";
            case 10 -> "No fence device";
            case 11 -> "CIB secrets unavailable";
            default -> "UNKNOWN!";
        };
    }

    /**
     * pcmk__readable_interval: "10s", "1m30s", "1.500s", "500ms". Each unit is used only when the rest is
     * strictly greater than one of it (so 60000 ms is "60s"), as Pacemaker does.
     */
    public static String interval(long ms) {
        StringBuilder sb = new StringBuilder();
        long[] units = {86_400_000L, 3_600_000L, 60_000L};
        String[] names = {"d", "h", "m"};
        for (int i = 0; i < units.length; i++) {
            if (ms > units[i]) {
                sb.append(ms / units[i]).append(names[i]);
                ms %= units[i];
            }
        }
        if (ms > 1000) {
            sb.append(ms / 1000);
            ms %= 1000;
            if (ms > 0) {
                sb.append('.').append(String.format("%03d", ms));
            }
            sb.append('s');
        } else if (ms > 0) {
            sb.append(ms).append("ms");
        } else if (sb.isEmpty()) {
            sb.append("0s");
        }
        return sb.toString();
    }
}
