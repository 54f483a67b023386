package io.tandem.crm.shell;

import io.tandem.crm.configure.Notes;
import java.io.PrintStream;

/** Prints crm's INFO/WARNING/ERROR lines on stderr and remembers whether an error was printed. */
public final class Console implements Notes {
    private final PrintStream err;
    private int errors;

    public Console(PrintStream err) {
        this.err = err;
    }

    @Override
    public void info(String text) {
        err.println("INFO: " + text);
    }

    @Override
    public void warning(String text) {
        err.println("WARNING: " + text);
    }

    @Override
    public void error(String text) {
        errors++;
        err.println("ERROR: " + text);
    }

    @Override
    public void raw(String text) {
        errors++;
        err.println(text);
    }

    public int errors() {
        return errors;
    }
}
