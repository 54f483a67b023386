package io.tandem.controller;

/**
 * What controllers say to each other on the membership channel. Broadcasts travel in agreed order, so
 * every node sees CIB versions in the same sequence; requests and replies go point to point.
 */
public sealed interface ControllerMessage {

    /** The DC invites the members of a view to join, telling them the version it holds. */
    record JoinOffer(long viewId, String dc, String version) implements ControllerMessage {
    }

    /**
     * A member answers a join offer with its version, and its whole CIB when that is newer than the DC's:
     * after a partition or a full restart the highest (admin_epoch, epoch, num_updates) wins. It also
     * carries what the node's executor knows is running there ({@code <lrm>}), which replaces the node's
     * history in the CIB, as Pacemaker's join does.
     */
    record JoinRequest(long viewId, String node, int nodeId, String version, String newerCibXml, String lrmXml)
            implements ControllerMessage {
    }

    /** A change for the DC to apply: a new configuration section (from crm, the UI or REST). */
    record ConfigCommit(String requestId, String user, String origin, String configurationXml, String expectedVersion)
            implements ControllerMessage {
    }

    /** A status edit for the DC to apply, such as a resource cleanup. */
    record StatusCommand(String requestId, String user, String origin, String command, String resource, String node)
            implements ControllerMessage {
    }

    /** The DC's answer to a commit or command, sent once the change is durable and broadcast. */
    record CommitReply(String requestId, boolean ok, String message, String version) implements ControllerMessage {
    }

    /** The DC's new CIB, in agreed order; every node adopts and persists it. */
    record CibUpdate(String version, String cibXml, String origin, String user, String requestId)
            implements ControllerMessage {
    }

    /** The DC asks a node to run one operation of a transition. */
    record ExecuteOp(String transitionKey, String resource, String action, long intervalMs, long timeoutMs,
            String node, String agentClass, String provider, String type, String paramsXml, String metaXml)
            implements ControllerMessage {
    }

    /** A node reports an operation's result (from a transition, or a recurring monitor's change). */
    record OpResult(String node, String lrmRscOpXml, String resourceAgentXml) implements ControllerMessage {
    }
}
