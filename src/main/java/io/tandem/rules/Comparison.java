package io.tandem.rules;

import java.util.Locale;

/**
 * Pacemaker's typed value comparison for node attribute expressions: string (case-insensitive),
 * integer, number and version, falling back to string when a value does not parse, as 2.1.5 does.
 */
final class Comparison {

    private Comparison() {
    }

    /** The type Pacemaker picks when none is given, or upgrades to (integer with a '.' is a number). */
    static String effectiveType(String type, String op, String lhs, String rhs) {
        boolean dot = (lhs != null && lhs.contains(".")) || (rhs != null && rhs.contains("."));
        if (type == null) {
            return switch (op) {
                case "lt", "lte", "gt", "gte" -> dot ? "number" : "integer";
                default -> "string";
            };
        }
        return type.toLowerCase(Locale.ROOT);
    }

    /** Negative, zero or positive, like strcmp; a missing side sorts first. */
    static int compare(String l, String r, String type) {
        if (l == null && r == null) {
            return 0;
        }
        if (l == null) {
            return -1;
        }
        if (r == null) {
            return 1;
        }
        switch (type) {
            case "integer" -> {
                Long a = parseLong(l);
                Long b = parseLong(r);
                if (a != null && b != null) {
                    return Long.compare(a, b);
                }
            }
            case "number" -> {
                Double a = parseDouble(l);
                Double b = parseDouble(r);
                if (a != null && b != null) {
                    return Double.compare(a, b);
                }
            }
            case "version" -> {
                return compareVersion(l, r);
            }
            default -> {
            }
        }
        return Integer.signum(l.toLowerCase(Locale.ROOT).compareTo(r.toLowerCase(Locale.ROOT)));
    }

    /** strtoll semantics: a leading integer is enough ("3.6" is 3); no digits at all fails. */
    static Long parseLong(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([+-]?\\d+)").matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return Long.parseLong(m.group(1).replace("+", ""));
        } catch (NumberFormatException e) {
            return m.group(1).startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static Double parseDouble(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*([+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)").matcher(s);
        if (!m.find()) {
            return null;
        }
        return Double.parseDouble(m.group(1));
    }

    static int compareVersion(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long u = i < x.length ? nz(parseLong(x[i])) : 0;
            long v = i < y.length ? nz(parseLong(y[i])) : 0;
            if (u != v) {
                return u < v ? -1 : 1;
            }
        }
        return 0;
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }
}
