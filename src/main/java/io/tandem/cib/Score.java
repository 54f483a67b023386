package io.tandem.cib;

import java.util.Locale;

/**
 * Pacemaker's scores: integers clipped to +/-INFINITY (1,000,000), where -INFINITY wins over anything
 * and +INFINITY over anything but -INFINITY.
 */
public final class Score {

    public static final int INFINITY = 1_000_000;

    private Score() {
    }

    /** Whether Pacemaker accepts this text as a score (an integer, INFINITY with a sign, or a health colour). */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim();
        if (isInfinity(t) || isMinusInfinity(t) || isColour(t)) {
            return true;
        }
        return t.matches("[+-]?\\d+");
    }

    /** As Pacemaker's char2score: unknown text counts as 0, numbers clip to the infinities. */
    public static int parse(String text) {
        if (text == null) {
            return 0;
        }
        String t = text.trim();
        if (isMinusInfinity(t)) {
            return -INFINITY;
        }
        if (isInfinity(t)) {
            return INFINITY;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[+-]?\\d+").matcher(t);
        if (!m.find()) {
            return 0;
        }
        try {
            long v = Long.parseLong(m.group().startsWith("+") ? m.group().substring(1) : m.group());
            return (int) Math.max(-INFINITY, Math.min(INFINITY, v));
        } catch (NumberFormatException e) {
            return m.group().startsWith("-") ? -INFINITY : INFINITY;
        }
    }

    /** Adds scores with Pacemaker's infinity rules. */
    public static int add(int a, int b) {
        if (a <= -INFINITY || b <= -INFINITY) {
            return -INFINITY;
        }
        if (a >= INFINITY || b >= INFINITY) {
            return INFINITY;
        }
        long s = (long) a + b;
        return (int) Math.max(-INFINITY, Math.min(INFINITY, s));
    }

    /** "INFINITY", "-INFINITY" or the number, as crm_simulate prints scores. */
    public static String format(int score) {
        if (score >= INFINITY) {
            return "INFINITY";
        }
        if (score <= -INFINITY) {
            return "-INFINITY";
        }
        return Integer.toString(score);
    }

    public static boolean isColour(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return l.equals("red") || l.equals("yellow") || l.equals("green");
    }

    static boolean isInfinity(String t) {
        return t.equalsIgnoreCase("INFINITY") || t.equalsIgnoreCase("+INFINITY");
    }

    static boolean isMinusInfinity(String t) {
        return t.equalsIgnoreCase("-INFINITY");
    }
}
