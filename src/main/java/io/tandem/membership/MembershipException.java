package io.tandem.membership;

/** Membership could not start, or a send failed because this node is not (or no longer) a member. */
public final class MembershipException extends RuntimeException {
    public MembershipException(String message) {
        super(message);
    }

    public MembershipException(String message, Throwable cause) {
        super(message, cause);
    }
}
