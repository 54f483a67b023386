package io.tandem.membership;

/** One node of a {@link LoopbackNetwork}. */
public final class LoopbackMembership implements Membership {
    private final LoopbackNetwork network;
    private final Member local;
    private final QuorumTracker quorum;
    private final Listeners listeners = new Listeners();
    private volatile View view;
    private volatile boolean running;
    private volatile boolean installed;

    LoopbackMembership(LoopbackNetwork network, Member local, QuorumTracker quorum) {
        this.network = network;
        this.local = local;
        this.quorum = quorum;
        this.view = new View(0, java.util.List.of(local));
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        network.join(this);
        network.maybeDeliver();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        installed = false;
        network.leave(this);
        network.maybeDeliver();
    }

    @Override
    public Member localMember() {
        return local;
    }

    @Override
    public View view() {
        return view;
    }

    @Override
    public QuorumState quorum() {
        return quorum.state();
    }

    @Override
    public AutoCloseable subscribe(MembershipListener listener) {
        return listeners.add(listener);
    }

    @Override
    public void broadcast(byte[] payload) {
        network.broadcast(this, payload.clone());
        network.maybeDeliver();
    }

    @Override
    public void send(String node, byte[] payload) {
        network.send(this, node, payload.clone());
        network.maybeDeliver();
    }

    /** Re-evaluates last_man_standing; a test calls it after moving its clock. */
    public void tick() {
        quorum.tick().ifPresent(listeners::quorumChanged);
    }

    /** True if {@code next} differs from what this node has installed (or it has installed nothing yet). */
    boolean needs(View next) {
        return !installed || !view.members().equals(next.members());
    }

    void install(View next) {
        if (!running) {
            return;
        }
        installed = true;
        view = next;
        listeners.viewChanged(next, quorum.onView(next));
    }

    void deliver(Member from, byte[] payload, boolean broadcast) {
        if (running) {
            listeners.received(from, payload, broadcast);
        }
    }
}
