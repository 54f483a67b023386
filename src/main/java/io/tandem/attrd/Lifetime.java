package io.tandem.attrd;

/**
 * Where an attribute lives: {@code REBOOT} values are transient (status section, gone when the node
 * leaves), {@code FOREVER} values are permanent (the node's instance_attributes in the configuration).
 */
public enum Lifetime {
    REBOOT, FOREVER;

    /** Pacemaker's spellings: reboot/transient/status and forever/permanent/nodes. */
    public static Lifetime parse(String text) {
        return switch (text == null ? "reboot" : text.toLowerCase(java.util.Locale.ROOT)) {
            case "reboot", "transient", "status" -> REBOOT;
            case "forever", "permanent", "nodes" -> FOREVER;
            default -> throw new IllegalArgumentException("unknown lifetime \"" + text
                    + "\" (use reboot or forever)");
        };
    }
}
