package io.tandem.service;

import java.time.Instant;
import java.util.Optional;

/** The head of crm_mon: who is DC, quorum, sizes, the last change and who made it, cluster-wide flags. */
public record ClusterSummary(
        String clusterName,
        Optional<String> dc,
        boolean quorate,
        int nodesConfigured,
        int resourcesConfigured,
        Instant lastChange,
        String lastChangeBy,
        String lastChangeOrigin,
        boolean maintenanceMode,
        boolean stonithEnabled) {
}
