package io.tandem.cli;

/**
 * One command-line option in Pacemaker's GLib style: a short letter (or 0), a long name and whether it
 * takes a value.
 */
public record OptionSpec(char shortName, String longName, boolean takesValue, String help) {

    public static OptionSpec flag(char shortName, String longName, String help) {
        return new OptionSpec(shortName, longName, false, help);
    }

    public static OptionSpec value(char shortName, String longName, String help) {
        return new OptionSpec(shortName, longName, true, help);
    }

    String display() {
        String s = (shortName != 0 ? "-" + shortName + ", " : "    ") + "--" + longName;
        return takesValue ? s + "=VALUE" : s;
    }
}
