package io.tandem.crm.mon;

import java.util.List;

/** The Migration Summary entries of one node: resources with a fail-count there. */
public record NodeFailuresView(NodeView node, List<ResourceFailure> resources) {

    public NodeFailuresView {
        resources = List.copyOf(resources);
    }

    /**
     * @param rscId       the id in the node's history ({@code rsc:1} for a clone instance)
     * @param failCount   the sum of the per-operation fail-counts
     * @param lastFailure epoch seconds of the latest failure, 0 if unknown
     */
    public record ResourceFailure(String rscId, int migrationThreshold, int failCount, long lastFailure) {
    }
}
