package io.tandem.executor;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Pacemaker's time specifications ("20s", "2min", "500ms", "20" = seconds), as crm_get_msec reads them. */
public final class OcfTime {

    private OcfTime() {
    }

    public static Optional<Duration> parse(String spec) {
        if (spec == null) {
            return Optional.empty();
        }
        String s = spec.strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return Optional.empty();
        }
        long n;
        try {
            n = Long.parseLong(s.substring(0, i));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String unit = s.substring(i).strip();
        return switch (unit) {
            case "", "s", "sec", "secs", "second", "seconds" -> Optional.of(Duration.ofSeconds(n));
            case "ms", "msec", "msecs" -> Optional.of(Duration.ofMillis(n));
            case "us", "usec", "usecs" -> Optional.of(Duration.ofNanos(n * 1000));
            case "m", "min", "mins", "minute", "minutes" -> Optional.of(Duration.ofMinutes(n));
            case "h", "hr", "hrs", "hour", "hours" -> Optional.of(Duration.ofHours(n));
            default -> Optional.empty();
        };
    }
}
