package io.tandem.membership.jgroups;

/** A message failed the cluster-key check; the message says why, for the log. */
final class SealException extends Exception {
    SealException(String message) {
        super(message, null, false, false);
    }
}
