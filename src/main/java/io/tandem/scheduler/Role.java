package io.tandem.scheduler;

/** A resource's role on a node, in Pacemaker's order (later is "more active"). */
public enum Role {
    UNKNOWN("Unknown"), STOPPED("Stopped"), STARTED("Started"), UNPROMOTED("Unpromoted"), PROMOTED("Promoted");

    private final String text;

    Role(String text) {
        this.text = text;
    }

    /** As Pacemaker prints it (Started, Promoted, ...). */
    public String text() {
        return text;
    }

    public boolean isActive() {
        return this.compareTo(STARTED) >= 0;
    }

    /** Parses target-role and constraint roles, including the legacy Master/Slave names. */
    public static Role parse(String s) {
        if (s == null) {
            return UNKNOWN;
        }
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "stopped" -> STOPPED;
            case "started" -> STARTED;
            case "slave", "unpromoted" -> UNPROMOTED;
            case "master", "promoted" -> PROMOTED;
            default -> UNKNOWN;
        };
    }
}
