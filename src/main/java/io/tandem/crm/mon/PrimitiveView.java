package io.tandem.crm.mon;

import java.util.List;
import java.util.Optional;

/**
 * One primitive (or one clone instance of it).
 *
 * @param id           the full id ({@code rsc:2} for a clone instance)
 * @param displayId    the id crm_mon prints (anonymous clone instances drop the {@code :N})
 * @param agent        class[:provider]:type
 * @param role         Stopped, Started, Promoted, Unpromoted
 * @param nodes        where it is active, in history order
 * @param targetRole   the effective target-role meta attribute, if set
 * @param pendingTask  an operation in flight (start, stop, monitor, promote, ...)
 * @param failedProbe  the rc of a failed probe while stopped (2.1.5's text does not show it; for the UI)
 * @param uncleanNode  the node it is on is offline and unclean
 */
public record PrimitiveView(String id, String displayId, String agent, String role, List<String> nodes,
        boolean failed, boolean orphan, boolean managed, boolean blocked, boolean maintenance,
        Optional<String> targetRole, boolean failureIgnored, Optional<String> pendingTask,
        Optional<Integer> failedProbe, boolean uncleanNode, Optional<String> description) implements ResourceView {

    public PrimitiveView {
        nodes = List.copyOf(nodes);
    }

    public boolean active() {
        return !nodes.isEmpty();
    }

    @Override
    public boolean partiallyActive() {
        return active();
    }

    public PrimitiveView asOrphan() {
        return new PrimitiveView(id, displayId, agent, role, nodes, failed, true, managed, blocked, maintenance,
                targetRole, failureIgnored, pendingTask, failedProbe, uncleanNode, description);
    }

    public boolean disabled() {
        return targetRole.map(r -> r.equalsIgnoreCase("stopped")).orElse(false);
    }
}
