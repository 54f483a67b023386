package io.tandem.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pacemaker's ISO 8601 date-times as rules write them: calendar ({@code 2019-09-20}), ordinal
 * ({@code 2005-001}) or week ({@code 2005-W01-1}) dates, an optional time after a space or 'T', and an
 * optional offset ({@code Z}, {@code +00:00}). A missing offset is taken as UTC.
 */
public final class IsoTime {

    private static final Pattern DATE_TIME = Pattern.compile(
            "^\\s*(\\d{4})-?(?:W(\\d{2})-?(\\d)|(\\d{2})-?(\\d{2})|(\\d{3}))"
                    + "(?:[ T](\\d{1,2})(?::?(\\d{2}))?(?::?(\\d{2}))?)?\\s*(Z|[+-]\\d{1,2}(?::?\\d{2})?)?\\s*$");

    private IsoTime() {
    }

    public static Optional<ZonedDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        LocalDate date;
        if (m.group(2) != null) {
            date = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(java.time.temporal.ChronoField.DAY_OF_WEEK, Integer.parseInt(m.group(3)));
        } else if (m.group(4) != null) {
            date = LocalDate.of(year, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        } else {
            date = LocalDate.ofYearDay(year, Integer.parseInt(m.group(6)));
        }
        int h = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        int mi = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
        int s = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
        ZoneOffset off = ZoneOffset.UTC;
        String z = m.group(10);
        if (z != null && !z.equals("Z")) {
            String digits = z.substring(1).replace(":", "");
            int oh = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
            int om = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
            int sign = z.startsWith("-") ? -1 : 1;
            off = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
        }
        LocalDateTime ldt = date.atStartOfDay().plusHours(h).plusMinutes(mi).plusSeconds(s);
        return Optional.of(ldt.atOffset(off).toZonedDateTime());
    }
}
