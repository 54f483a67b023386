package io.tandem.boot;

/**
 * A start or stop failed. The message names the component; further failures (from the roll-back or
 * from other components' stops) are attached as suppressed exceptions.
 */
public final class LifecycleException extends Exception {
    public LifecycleException(String message, Throwable cause) {
        super(message, cause);
    }
}
