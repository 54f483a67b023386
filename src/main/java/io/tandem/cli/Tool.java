package io.tandem.cli;

import java.util.List;

/** One command-line tool (cibadmin, crm_verify, ...): arguments in, output on the context's streams. */
@FunctionalInterface
public interface Tool {

    /** Runs the tool; returns the process exit code (see {@link ExitCode}). */
    int run(List<String> args, ToolContext context);
}
