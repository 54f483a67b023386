package io.tandem.scheduler;

import java.util.Map;

/**
 * A node as the scheduler sees it after unpacking: membership, health flags and its attributes
 * (permanent ones overridden by transient ones, plus the built-ins {@code #uname}, {@code #id},
 * {@code #kind}, {@code #is_dc}).
 *
 * @param pending     the node is a member but has not finished joining (shown as "pending")
 * @param unclean     the node must be fenced before its resources can be considered stopped
 * @param expectedUp  the controller expects the node to be up ({@code expected=member})
 * @param shutdown    a shutdown was requested
 * @param uncleanReason why the node must be fenced ("peer is no longer part of the cluster"), or null
 */
public record NodeStatus(String id, String uname, String type, boolean online, boolean unclean, boolean pending,
        boolean standby, boolean standbyOnFail, boolean maintenance, boolean shutdown, boolean expectedUp,
        boolean isDc, Map<String, String> attributes, String uncleanReason) {

    public NodeStatus {
        attributes = Map.copyOf(attributes);
    }

    /** Whether resources may be placed here. */
    public boolean canRunResources() {
        return online && !unclean && !standby && !standbyOnFail && !maintenance && !shutdown && !pending;
    }

    public NodeStatus withUnclean(String reason) {
        return new NodeStatus(id, uname, type, online, reason != null, pending, standby, standbyOnFail, maintenance,
                shutdown, expectedUp, isDc, attributes, reason);
    }

    public NodeStatus withStandbyOnFail(boolean s) {
        return new NodeStatus(id, uname, type, online, unclean, pending, standby, s, maintenance, shutdown,
                expectedUp, isDc, attributes, uncleanReason);
    }
}
