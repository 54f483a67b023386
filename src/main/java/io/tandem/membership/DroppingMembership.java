package io.tandem.membership;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** A test decorator that silently drops outgoing messages matching a predicate (lost messages). */
public final class DroppingMembership extends ForwardingMembership {
    private volatile Predicate<Outgoing> drop;
    private final AtomicLong dropped = new AtomicLong();

    public DroppingMembership(Membership delegate, Predicate<Outgoing> drop) {
        super(delegate);
        this.drop = drop;
    }

    public void dropWhen(Predicate<Outgoing> predicate) {
        this.drop = predicate;
    }

    public long dropped() {
        return dropped.get();
    }

    @Override
    public void broadcast(byte[] payload) {
        if (!drops(new Outgoing(localMember(), Optional.empty(), payload))) {
            super.broadcast(payload);
        }
    }

    @Override
    public void send(String node, byte[] payload) {
        if (!drops(new Outgoing(localMember(), Optional.of(node), payload))) {
            super.send(node, payload);
        }
    }

    private boolean drops(Outgoing message) {
        boolean d = drop.test(message);
        if (d) {
            dropped.incrementAndGet();
        }
        return d;
    }
}
