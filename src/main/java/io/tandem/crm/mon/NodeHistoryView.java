package io.tandem.crm.mon;

import java.util.List;
import java.util.Optional;

/** The operation history of one node, per resource, as crm_mon's XML output lists it. */
public record NodeHistoryView(NodeView node, List<ResourceHistory> resources) {

    public NodeHistoryView {
        resources = List.copyOf(resources);
    }

    /** One resource's history on the node. */
    public record ResourceHistory(String id, boolean orphan, int migrationThreshold, int failCount,
            long lastFailure, List<Operation> operations) {
        public ResourceHistory {
            operations = List.copyOf(operations);
        }
    }

    /** One recorded operation (probes that found the resource stopped, and notifies, are left out). */
    public record Operation(String call, String task, int rc, long intervalMs, Optional<Long> lastRcChange,
            Optional<String> execTime, Optional<String> queueTime) {
    }
}
