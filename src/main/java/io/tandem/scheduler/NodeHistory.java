package io.tandem.scheduler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one resource's operation history on one node says: its current role there, whether it failed
 * (and the worst on-fail that applies), the failed operations, the recurring monitors that are
 * active, and the operation in flight if any.
 *
 * @param failed         Pacemaker's "failed" flag: the resource needs recovery on this node
 * @param onFail         the most severe on-fail among failures not cleared by a later start or stop
 * @param failedOps      failed operations, in call order (the "Failed Resource Actions" of crm_mon)
 * @param ops            every history entry, sorted by call id
 * @param activeMonitors recurring monitors recorded after the last start, by interval
 * @param lastStart      the latest successful start (or migrate_from), with the digests of its parameters
 * @param pendingTask    an operation still in flight, or empty
 * @param banned         a hard error forbids the resource on this node
 * @param fatal          a fatal error forbids the resource everywhere
 */
public record NodeHistory(String rsc, String node, Role role, boolean failed, OnFail onFail, List<OpRecord> failedOps,
        List<OpRecord> ops, Map<Long, OpRecord> activeMonitors, Optional<OpRecord> lastStart,
        Optional<String> pendingTask, boolean banned, boolean fatal, String agentClass, String agentProvider,
        String agentType) {

    public NodeHistory {
        failedOps = List.copyOf(failedOps);
        ops = List.copyOf(ops);
        activeMonitors = Map.copyOf(activeMonitors);
    }

    public NodeHistory withFailed(boolean f) {
        return new NodeHistory(rsc, node, role, f, onFail, failedOps, ops, activeMonitors, lastStart, pendingTask,
                banned, fatal, agentClass, agentProvider, agentType);
    }

    public boolean active() {
        return role.isActive();
    }

    /** Whether the history holds a probe or any operation, i.e. the state on this node is known. */
    public boolean probed() {
        return !ops.isEmpty();
    }
}
