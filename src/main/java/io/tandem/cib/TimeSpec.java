package io.tandem.cib;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pacemaker's time values: "10" (seconds), "10s", "500ms", "2min", "1h", or ISO 8601 durations such as
 * "PT10S" for intervals. Returns -1 for text Pacemaker would reject, so validation can name it.
 */
public final class TimeSpec {

    private static final Pattern PLAIN = Pattern.compile("^\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)\\s*$");
    private static final Pattern ISO = Pattern.compile(
            "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?T?(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?$");

    private TimeSpec() {
    }

    public static long parseMillis(String text) {
        if (text == null) {
            return -1;
        }
        String t = text.trim();
        if (t.startsWith("P")) {
            return parseIso(t);
        }
        Matcher m = PLAIN.matcher(t);
        if (!m.matches()) {
            return -1;
        }
        double n = Double.parseDouble(m.group(1));
        if (n < 0) {
            return -1;
        }
        long factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "s", "sec", "secs", "second", "seconds" -> 1000;
            case "ms", "msec", "msecs" -> 1;
            case "us", "usec", "usecs" -> 0;
            case "m", "min", "mins", "minute", "minutes" -> 60_000;
            case "h", "hr", "hrs", "hour", "hours" -> 3_600_000;
            default -> -1;
        };
        if (factor < 0) {
            return -1;
        }
        if (factor == 0) {
            return (long) (n / 1000);
        }
        return (long) (n * factor);
    }

    public static boolean isValid(String text) {
        return parseMillis(text) >= 0;
    }

    /** Pacemaker's own ISO 8601 parser also takes hours and seconds without the 'T' ("P10S"). */
    private static long parseIso(String t) {
        Matcher m = ISO.matcher(t);
        if (!m.matches() || t.equals("P") || t.endsWith("T")) {
            return -1;
        }
        long[] unit = {365L * 86_400_000, 30L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000};
        long total = 0;
        for (int i = 0; i < unit.length; i++) {
            if (m.group(i + 1) != null) {
                total += Long.parseLong(m.group(i + 1)) * unit[i];
            }
        }
        return total;
    }
}
