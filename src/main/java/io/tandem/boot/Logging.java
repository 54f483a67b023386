package io.tandem.boot;

import java.io.PrintStream;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Quiet by default: our code logs at INFO, libraries only at WARN; verbose raises ours to DEBUG (FINE)
 * and libraries to INFO. Everything goes through {@link KeyValueFormatter} on stderr. slf4j (Vaadin,
 * Jetty in embedded mode) reaches JUL through slf4j-jdk14.
 */
public final class Logging {

    public static final String OUR_LOGGERS = "io.tandem";

    /** Kept strongly: JUL holds loggers weakly and would forget their levels. */
    private static final List<Logger> CONFIGURED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Logging() {
    }

    /** Replaces the root handlers with one key=value handler on {@code err}; returns it so the caller can remove it. */
    public static Handler configure(boolean verbose, PrintStream err) {
        return configure(verbose ? Level.FINE : Level.INFO, verbose ? Level.INFO : Level.WARNING, verbose, err);
    }

    /**
     * For a command-line tool: like Pacemaker's, it speaks on stdout/stderr itself and the log only
     * carries warnings and errors, from our code and libraries alike.
     */
    public static Handler configureForTool(PrintStream err) {
        return configure(Level.WARNING, Level.WARNING, false, err);
    }

    private static Handler configure(Level ourLevel, Level libraryLevel, boolean stackTraces, PrintStream err) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        // JUL closes every handler in its shutdown hook; closing must not close stderr for the hooks
        // that still run (Jetty stopping the node)
        java.io.OutputStream keepOpen = new java.io.FilterOutputStream(err) {
            @Override
            public void write(byte[] b, int off, int len) {
                err.write(b, off, len);
            }

            @Override
            public void close() {
                err.flush();
            }
        };
        Handler handler = new StreamHandler(keepOpen, new KeyValueFormatter(stackTraces)) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush(); // one line at a time, so a crash loses nothing already logged
            }
        };
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(libraryLevel);
        Logger ours = Logger.getLogger(OUR_LOGGERS);
        ours.setLevel(ourLevel);
        CONFIGURED.clear();
        CONFIGURED.add(ours);
        return handler;
    }

    public static void remove(Handler handler) {
        Logger.getLogger("").removeHandler(handler);
    }
}
