package io.tandem.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Time texts: absolute times in UTC (clusters span zones), ages relative to the injected clock. */
final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    static String dateTime(Instant t) {
        return DATE_TIME.format(t);
    }

    /** "12 s ago", "5 min ago", "3 h ago", in the UI's language. */
    static String ago(Component c, Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).toSeconds());
        if (s < 5) {
            return c.getTranslation("time.just-now");
        }
        if (s < 60) {
            return c.getTranslation("time.seconds-ago", s);
        }
        if (s < 3600) {
            return c.getTranslation("time.minutes-ago", s / 60);
        }
        if (s < 86400) {
            return c.getTranslation("time.hours-ago", s / 3600);
        }
        return c.getTranslation("time.days-ago", s / 86400);
    }
}
