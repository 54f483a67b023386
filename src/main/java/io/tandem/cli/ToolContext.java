package io.tandem.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a tool may touch of its process: streams, environment and working directory. Passed in so
 * tests run tools in-process with captured output and a fake environment.
 */
public record ToolContext(String toolName, PrintStream out, PrintStream err, InputStream in,
        Map<String, String> environment, Path workingDirectory) {

    public ToolContext {
        environment = Map.copyOf(environment);
    }

    public Optional<String> env(String name) {
        String v = environment.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Resolves a user-supplied path against the working directory. */
    public Path path(String p) {
        return workingDirectory.resolve(p);
    }

    /** Prints "TOOL: message" to stderr, as Pacemaker's tools do, and returns the exit code. */
    public int fail(int exitCode, String message) {
        err.println(toolName + ": " + message);
        return exitCode;
    }
}
