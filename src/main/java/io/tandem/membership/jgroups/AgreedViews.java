package io.tandem.membership.jgroups;

import java.util.Optional;

/**
 * Puts views into the broadcast stream. JGroups installs a view beside the totally ordered messages, so each
 * member would see it at a different place among them. Here a new view is held back until its coordinator's
 * marker (a broadcast sent through the sequencer) is delivered: every member then hands the view to its
 * listeners at the same place in the message stream, as Corosync CPG does. Single-threaded (the dispatcher);
 * views are identified by a key ("coordinator|id").
 *
 * @param <V> the view type
 */
final class AgreedViews<V> {
    private V pending;
    private String pendingKey;
    private String lastMarker;

    /**
     * A view arrived from JGroups. Returns it if it can be installed now (a view of this node alone needs no
     * agreement, and a marker that overtook its view counts); otherwise holds it until its marker.
     */
    Optional<V> onView(V view, String key, boolean alone) {
        if (alone || key.equals(lastMarker)) {
            pending = null;
            pendingKey = null;
            return Optional.of(view);
        }
        pending = view;
        pendingKey = key;
        return Optional.empty();
    }

    /** A marker was delivered in the ordered stream: the held view, if it is the one marked. */
    Optional<V> onMarker(String key) {
        lastMarker = key;
        return release(key);
    }

    /** The marker did not come in time (its coordinator died, say): install anyway, unordered, to stay live. */
    Optional<V> onTimeout(String key) {
        return release(key);
    }

    private Optional<V> release(String key) {
        if (pending == null || !key.equals(pendingKey)) {
            return Optional.empty();
        }
        V v = pending;
        pending = null;
        pendingKey = null;
        return Optional.of(v);
    }
}
