package io.tandem.membership;

/**
 * Callbacks from a {@link Membership}. One node calls its listeners from one thread at a time, in agreed order:
 * views and broadcasts arrive in the same order on every member.
 */
public interface MembershipListener {
    /** A new view was installed; {@code quorum} is votequorum's answer for it. */
    default void viewChanged(View view, QuorumState quorum) {
    }

    /** The quorum changed without a new view (last_man_standing window expired). */
    default void quorumChanged(QuorumState quorum) {
    }

    /** A message from {@code from}: a broadcast (totally ordered) or a direct send. The array is the listener's own. */
    default void received(Member from, byte[] payload, boolean broadcast) {
    }
}
