package io.tandem.membership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A test decorator that delays what this node receives: while held, messages and views queue up (in order)
 * and {@link #release()} delivers them. Deterministic: the test decides when "later" is.
 */
public final class DelayingMembership extends ForwardingMembership {
    private final Deque<Runnable> held = new ArrayDeque<>();
    private final List<MembershipListener> listeners = new ArrayList<>();
    private boolean holding;

    public DelayingMembership(Membership delegate) {
        super(delegate);
        delegate.subscribe(new MembershipListener() {
            @Override
            public void viewChanged(View view, QuorumState quorum) {
                enqueue(() -> forEach(l -> l.viewChanged(view, quorum)));
            }

            @Override
            public void quorumChanged(QuorumState quorum) {
                enqueue(() -> forEach(l -> l.quorumChanged(quorum)));
            }

            @Override
            public void received(Member from, byte[] payload, boolean broadcast) {
                enqueue(() -> forEach(l -> l.received(from, payload.clone(), broadcast)));
            }
        });
    }

    public synchronized void hold() {
        holding = true;
    }

    /** Delivers everything held, in arrival order, and stops holding. */
    public void release() {
        List<Runnable> due;
        synchronized (this) {
            holding = false;
            due = new ArrayList<>(held);
            held.clear();
        }
        due.forEach(Runnable::run);
    }

    public synchronized int heldCount() {
        return held.size();
    }

    @Override
    public synchronized AutoCloseable subscribe(MembershipListener listener) {
        listeners.add(listener);
        return () -> {
            synchronized (DelayingMembership.this) {
                listeners.remove(listener);
            }
        };
    }

    private void enqueue(Runnable delivery) {
        synchronized (this) {
            if (holding) {
                held.add(delivery);
                return;
            }
        }
        delivery.run();
    }

    private void forEach(java.util.function.Consumer<MembershipListener> call) {
        List<MembershipListener> copy;
        synchronized (this) {
            copy = List.copyOf(listeners);
        }
        copy.forEach(call);
    }
}
