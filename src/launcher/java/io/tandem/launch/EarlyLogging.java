package io.tandem.launch;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * JUL settings for the time before the webapp installs its own formatter: Jetty logs through
 * slf4j-jdk14, and a library should only speak up at WARNING. One line per record, key=value.
 */
final class EarlyLogging {

    private EarlyLogging() {
    }

    static void configure(boolean verbose) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tFT%1$tT.%1$tLZ level=%4$s logger=%3$s msg=\"%5$s\"%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(verbose ? Level.INFO : Level.WARNING);
    }
}
