package io.tandem.launch;

/** The launcher cannot go on; the message is for the user and names the problem. */
final class LaunchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    LaunchException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
