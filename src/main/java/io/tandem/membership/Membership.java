package io.tandem.membership;

/**
 * The port the layers above (controller, attrd) use: who is in the cluster, whether it is quorate, and
 * messaging. {@link #broadcast} is reliable and totally ordered (every member delivers broadcasts in the same
 * order, like Corosync CPG's agreed order), including to the sender itself; {@link #send} is reliable and FIFO
 * to one member.
 */
public interface Membership extends AutoCloseable {
    /** Joins the cluster; returns once the first view is installed. */
    void start();

    /** Leaves the cluster; the peers install a view without this node. Idempotent. */
    void stop();

    Member localMember();

    /** The current view; before {@link #start} it holds only the local member. */
    View view();

    QuorumState quorum();

    default boolean quorate() {
        return quorum().quorate();
    }

    /** Adds a listener; closing the returned handle removes it. */
    AutoCloseable subscribe(MembershipListener listener);

    /** Sends to every member of the current view (the sender included), in agreed order. */
    void broadcast(byte[] payload);

    /** Sends to one member by node name. */
    void send(String node, byte[] payload);

    @Override
    default void close() {
        stop();
    }
}
