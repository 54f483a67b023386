package io.tandem.crm.lang;

import java.util.Set;
import java.util.regex.Pattern;

/** Words that end an attribute list, and the shapes of scores and comparison operators. */
final class Keywords {
    static final Set<String> RESOURCE_PARTS = Set.of("params", "meta", "utilization", "op", "op_params", "op_meta",
            "operations", "attributes");
    static final Set<String> OP_ATTRIBUTES = Set.of("id", "name", "interval", "description", "start-delay",
            "interval-origin", "timeout", "enabled", "record-pending", "role", "requires", "on-fail");
    static final Pattern BINARY_OP = Pattern.compile("((string|integer|number|version):)?(lt|gt|lte|gte|eq|ne)");
    static final Set<String> DURATION = Set.of("hours", "monthdays", "weekdays", "yeardays", "months", "weeks",
            "years", "weekyears", "moon", "minutes", "seconds", "days");

    private Keywords() {
    }

    /** A score written as {@code X:} (crmsh allows a score-attribute name there too). */
    static boolean isScoreToken(String t) {
        return t != null && t.length() > 1 && t.endsWith(":") && !t.startsWith("$") && !t.startsWith("@");
    }

    /** crmsh's score canonicalisation: inf, +inf and -inf become Pacemaker's INFINITY forms. */
    static String score(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "infinity" -> "INFINITY";
            case "+inf", "+infinity" -> "+INFINITY";
            case "-inf", "-infinity" -> "-INFINITY";
            default -> s;
        };
    }

    static boolean isNumericScore(String s) {
        String v = score(s);
        return v.equals("INFINITY") || v.equals("+INFINITY") || v.equals("-INFINITY") || v.matches("[+-]?\\d+");
    }

    static boolean isRole(String s) {
        return Set.of("Started", "Stopped", "Master", "Slave", "Promoted", "Unpromoted").contains(s);
    }
}
