package io.tandem.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LoggingTest {

    private static String logWith(boolean verbose) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Handler h = Logging.configure(verbose, new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Logger.getLogger("io.tandem.store.X").info("ours info");
            Logger.getLogger("io.tandem.store.X").fine("ours debug");
            Logger.getLogger("com.vaadin.Y").info("library info");
            Logger.getLogger("com.vaadin.Y").warning("library warning");
            h.flush();
            return buf.toString(StandardCharsets.UTF_8);
        } finally {
            Logging.remove(h);
        }
    }

    @Test
    void quietByDefault() {
        String log = logWith(false);
        assertTrue(log.contains("msg=\"ours info\""), log);
        assertFalse(log.contains("ours debug"), log);
        assertFalse(log.contains("library info"), log);
        assertTrue(log.contains("level=WARN logger=com.vaadin.Y msg=\"library warning\""), log);
        assertEquals(2, log.lines().count(), log);
    }

    @Test
    void verboseRaisesBoth() {
        String log = logWith(true);
        assertTrue(log.contains("level=DEBUG logger=io.tandem.store.X msg=\"ours debug\""), log);
        assertTrue(log.contains("msg=\"library info\""), log);
    }
}
