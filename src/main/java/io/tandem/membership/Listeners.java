package io.tandem.membership;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listener list shared by Membership implementations; each listener gets its own copy of a payload. */
public final class Listeners {
    private final List<MembershipListener> listeners = new CopyOnWriteArrayList<>();

    public AutoCloseable add(MembershipListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void viewChanged(View view, QuorumState quorum) {
        listeners.forEach(l -> l.viewChanged(view, quorum));
    }

    public void quorumChanged(QuorumState quorum) {
        listeners.forEach(l -> l.quorumChanged(quorum));
    }

    public void received(Member from, byte[] payload, boolean broadcast) {
        listeners.forEach(l -> l.received(from, payload.clone(), broadcast));
    }
}
