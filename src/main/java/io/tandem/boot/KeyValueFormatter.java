package io.tandem.boot;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One line per record, key=value, so logs grep and parse without a multi-line reader:
 * {@code ts=2026-11-25T01:02:03.456Z level=INFO logger=io.tandem.boot.Node msg="node started" node=n1}.
 * A message may carry its own pairs after " | " ("node started | node=n1 port=8080"); they are appended
 * as they are. Values with spaces or quotes are quoted; newlines are escaped, never printed.
 */
public final class KeyValueFormatter extends Formatter {

    private final boolean stackTraces;

    /** @param stackTraces whether to append the whole stack of a logged exception (verbose mode) */
    public KeyValueFormatter(boolean stackTraces) {
        this.stackTraces = stackTraces;
    }

    @Override
    public String format(LogRecord r) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("ts=").append(DateTimeFormatter.ISO_INSTANT.format(r.getInstant().truncatedTo(ChronoUnit.MILLIS)));
        sb.append(" level=").append(levelName(r.getLevel()));
        sb.append(" logger=").append(r.getLoggerName() == null ? "-" : r.getLoggerName());
        String message = formatMessage(r);
        String pairs = "";
        int bar = message.indexOf(" | ");
        if (bar >= 0) {
            pairs = message.substring(bar + 3);
            message = message.substring(0, bar);
        }
        sb.append(" msg=").append(quote(message));
        if (!pairs.isBlank()) {
            sb.append(' ').append(pairs.replace("\n", "\\n").replace("\r", "\\r"));
        }
        Throwable t = r.getThrown();
        if (t != null) {
            sb.append(" error=").append(quote(t.toString()));
            if (stackTraces) {
                StringBuilder stack = new StringBuilder();
                for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                    if (c != t) {
                        stack.append(" caused by ").append(c).append(' ');
                    }
                    for (StackTraceElement e : c.getStackTrace()) {
                        stack.append(e).append(" < ");
                    }
                }
                sb.append(" stack=").append(quote(stack.toString()));
            }
        }
        return sb.append('\n').toString();
    }

    /** Syslog's names, which operators know, instead of JUL's SEVERE/FINE. */
    static String levelName(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (v >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (v >= Level.INFO.intValue()) {
            return "INFO";
        }
        return v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    static String quote(String value) {
        boolean plain = !value.isEmpty() && value.chars().allMatch(c -> c > ' ' && c != '"' && c != '=' && c != '\\');
        if (plain) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
