package io.tandem.scheduler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the status section says about one resource id as recorded in the history
 * ({@code rsc}, or {@code rsc:N} for a clone instance), across nodes.
 *
 * @param configId the configured primitive this history belongs to ({@code rsc} for {@code rsc:2}),
 *                 or empty for an orphan (history of a resource no longer configured)
 * @param byNode   the history per node name, in status order
 */
public record ResourceStatus(String id, Optional<String> configId, Map<String, NodeHistory> byNode) {

    public ResourceStatus {
        byNode = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byNode));
    }

    /** Nodes where the history shows it active, in status order. */
    public List<String> activeOn() {
        return byNode.values().stream().filter(NodeHistory::active).map(NodeHistory::node).toList();
    }

    public boolean orphan() {
        return configId.isEmpty();
    }

    public boolean failed() {
        return byNode.values().stream().anyMatch(NodeHistory::failed);
    }
}
