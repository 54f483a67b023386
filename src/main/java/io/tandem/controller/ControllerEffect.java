package io.tandem.controller;

import io.tandem.cib.Cib;

/** What the controller's single-threaded core asks its shell to do, in order. */
public sealed interface ControllerEffect {

    record Broadcast(ControllerMessage message) implements ControllerEffect {
    }

    record Send(String node, ControllerMessage message) implements ControllerEffect {
    }

    /** Write this CIB to the node's store before anything that follows is sent. */
    record Persist(Cib cib, String user, String origin) implements ControllerEffect {
    }

    /** Complete a local caller's request. */
    record Complete(String requestId, CommitResult result) implements ControllerEffect {
    }

    /** The CIB this node holds changed (the DC schedules; every node notifies its viewers). */
    record CibChanged(Cib cib) implements ControllerEffect {
    }

    /** This node's role changed: it is now the DC, or no longer. */
    record DcChanged(String dc, boolean local) implements ControllerEffect {
    }

    /** Every member of the view has joined: the DC may place resources. */
    record Integrated(Cib cib) implements ControllerEffect {
    }
}
