package io.tandem.crm.mon;

import java.util.List;
import java.util.Optional;

/**
 * A clone: its instances (primitives or groups) and the nodes it may run on.
 *
 * @param childId      the id of the cloned primitive or group
 * @param instances    every instance, active ones first
 * @param allowedNodes nodes an instance could run on (the "Stopped: [ ... ]" candidates), sorted
 * @param targetRole   the clone's own target-role, if set
 * @param failedProbes node → rc of a failed probe of the clone there ("Stopped (not installed)")
 */
public record CloneView(String id, String childId, boolean promotable, boolean unique, boolean managed,
        boolean disabled, Optional<String> targetRole, List<ResourceView> instances, List<String> allowedNodes,
        java.util.Map<String, Integer> failedProbes) implements ResourceView {

    public CloneView {
        instances = List.copyOf(instances);
        allowedNodes = List.copyOf(allowedNodes);
        failedProbes = java.util.Map.copyOf(failedProbes);
    }

    @Override
    public boolean partiallyActive() {
        return instances.stream().anyMatch(ResourceView::partiallyActive);
    }

    public boolean anyFailed() {
        return instances.stream().anyMatch(i -> i instanceof PrimitiveView p ? p.failed()
                : ((GroupView) i).anyFailed());
    }
}
