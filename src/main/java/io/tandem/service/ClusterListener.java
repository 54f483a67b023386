package io.tandem.service;

/** Receives change notifications, on a service thread: UI listeners must hop to their UI themselves. */
@FunctionalInterface
public interface ClusterListener {
    void changed(ClusterChange change);
}
