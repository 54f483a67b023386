package io.tandem.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class KeyValueFormatterTest {

    private static LogRecord record(Level level, String msg) {
        LogRecord r = new LogRecord(level, msg);
        r.setInstant(Instant.parse("2026-11-25T01:02:03.456789Z"));
        r.setLoggerName("io.tandem.boot.Node");
        return r;
    }

    @Test
    void oneLineWithKeysAndTrailingPairs() {
        String line = new KeyValueFormatter(false).format(record(Level.INFO, "node started | node=n1 port=8080"));
        assertEquals("ts=2026-11-25T01:02:03.456Z level=INFO logger=io.tandem.boot.Node msg=\"node started\""
                + " node=n1 port=8080\n", line);
    }

    @Test
    void newlinesAndQuotesNeverBreakTheLine() {
        String line = new KeyValueFormatter(false).format(record(Level.SEVERE, "bad \"x\"\nsecond line"));
        assertEquals(1, line.split("\n").length);
        assertTrue(line.contains("level=ERROR"), line);
        assertTrue(line.contains("msg=\"bad \\\"x\\\"\\nsecond line\""), line);
    }

    @Test
    void exceptionsAreSummarisedAndOnlyVerboseAddsTheStack() {
        LogRecord r = record(Level.WARNING, "failed");
        r.setThrown(new IllegalStateException("boom"));
        String quiet = new KeyValueFormatter(false).format(r);
        String verbose = new KeyValueFormatter(true).format(r);
        assertTrue(quiet.contains("error=\"java.lang.IllegalStateException: boom\""), quiet);
        assertFalse(quiet.contains("stack="), quiet);
        assertTrue(verbose.contains("stack=\""), verbose);
        assertEquals(1, verbose.split("\n").length);
    }

    @Test
    void plainValuesAreNotQuoted() {
        assertEquals("n1", KeyValueFormatter.quote("n1"));
        assertEquals("\"a b\"", KeyValueFormatter.quote("a b"));
        assertEquals("\"\"", KeyValueFormatter.quote(""));
        assertEquals("\"k=v\"", KeyValueFormatter.quote("k=v"));
    }

    @Test
    void levelsUseSyslogNames() {
        assertEquals("WARN", KeyValueFormatter.levelName(Level.WARNING));
        assertEquals("DEBUG", KeyValueFormatter.levelName(Level.FINE));
        assertEquals("TRACE", KeyValueFormatter.levelName(Level.FINEST));
    }
}
