package io.tandem.membership;

/** Base for decorators: forwards everything to the wrapped {@link Membership}. */
public abstract class ForwardingMembership implements Membership {
    protected final Membership delegate;

    protected ForwardingMembership(Membership delegate) {
        this.delegate = delegate;
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public void stop() {
        delegate.stop();
    }

    @Override
    public Member localMember() {
        return delegate.localMember();
    }

    @Override
    public View view() {
        return delegate.view();
    }

    @Override
    public QuorumState quorum() {
        return delegate.quorum();
    }

    @Override
    public AutoCloseable subscribe(MembershipListener listener) {
        return delegate.subscribe(listener);
    }

    @Override
    public void broadcast(byte[] payload) {
        delegate.broadcast(payload);
    }

    @Override
    public void send(String node, byte[] payload) {
        delegate.send(node, payload);
    }
}
