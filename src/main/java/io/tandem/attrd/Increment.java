package io.tandem.attrd;

import io.tandem.cib.Score;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pacemaker's relative updates: {@code value++} and {@code value+=N} add to the current value (a missing
 * or non-numeric one counts as 0), with scores' INFINITY clipping. Fail-counts grow this way, applied in
 * agreed order on every node so concurrent increments are never lost.
 */
final class Increment {

    private static final Pattern PLUS = Pattern.compile("^value(\\+\\+|\\+=([+-]?\\d+|[+-]?INFINITY))$");

    private Increment() {
    }

    static String expand(String value, String current) {
        if (value == null) {
            return null;
        }
        Matcher m = PLUS.matcher(value);
        if (!m.matches()) {
            return value;
        }
        int base = current != null && Score.isValid(current) ? Score.parse(current) : 0;
        int delta = m.group(2) == null ? 1 : Score.parse(m.group(2));
        return Score.format(Score.add(base, delta));
    }
}
