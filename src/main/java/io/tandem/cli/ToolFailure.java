package io.tandem.cli;

/** A tool must stop with this exit code; the message is printed as "TOOL: message". */
public final class ToolFailure extends RuntimeException {
    private final int exitCode;

    public ToolFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
