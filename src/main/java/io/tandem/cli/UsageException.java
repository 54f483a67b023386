package io.tandem.cli;

/** The command line itself is wrong; the message says which option and why. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
