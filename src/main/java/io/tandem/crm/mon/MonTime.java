package io.tandem.crm.mon;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as crm_mon prints them: ctime() style in the local zone ("Sat Jun  1 10:05:00 2024"). */
public record MonTime(ZoneId zone) {

    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.ENGLISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ENGLISH)
            .withZone(java.time.ZoneOffset.UTC);

    public String ctime(Instant t) {
        return CTIME.withZone(zone).format(t);
    }

    public String ctime(long epochSeconds) {
        return ctime(Instant.ofEpochSecond(epochSeconds));
    }

    /** The XML output's "2024-06-01 10:05:00Z" (always UTC). */
    public static String iso(long epochSeconds) {
        return ISO.format(Instant.ofEpochSecond(epochSeconds));
    }
}
