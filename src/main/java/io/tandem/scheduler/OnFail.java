package io.tandem.scheduler;

/**
 * What to do when an operation fails ({@code on-fail}), ordered as Pacemaker orders them: when several
 * failures apply, the later (more severe) one wins.
 */
public enum OnFail {
    IGNORE, DEMOTE, RECOVER, MIGRATE, BLOCK, STOP, STANDBY, FENCE;

    public static OnFail parse(String s, OnFail fallback) {
        if (s == null) {
            return fallback;
        }
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "ignore" -> IGNORE;
            case "demote" -> DEMOTE;
            case "restart" -> RECOVER;
            case "block" -> BLOCK;
            case "stop" -> STOP;
            case "standby" -> STANDBY;
            case "fence" -> FENCE;
            case "migrate" -> MIGRATE;
            default -> fallback;
        };
    }
}
