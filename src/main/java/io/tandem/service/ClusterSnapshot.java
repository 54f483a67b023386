package io.tandem.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything the status view shows, as one immutable view model at one version. */
public record ClusterSnapshot(
        long version,
        Instant takenAt,
        ClusterSummary summary,
        List<NodeView> nodes,
        List<ResourceView> resources,
        List<FailCount> failCounts,
        List<FailedAction> failedActions,
        List<MoveConstraint> moveConstraints) {
    public ClusterSnapshot {
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        failCounts = List.copyOf(failCounts);
        failedActions = List.copyOf(failedActions);
        moveConstraints = List.copyOf(moveConstraints);
    }

    public List<FailCount> failCountsOf(String resource) {
        return failCounts.stream().filter(f -> f.resource().equals(resource)).toList();
    }

    public List<MoveConstraint> constraintsOf(String resource) {
        return moveConstraints.stream().filter(m -> m.resource().equals(resource)).toList();
    }

    public Optional<ResourceView> find(String id) {
        return find(resources, id);
    }

    private static Optional<ResourceView> find(List<ResourceView> list, String id) {
        for (ResourceView r : list) {
            if (r.id().equals(id) && r.kind() != ResourceKind.CLONE_INSTANCE) {
                return Optional.of(r);
            }
            Optional<ResourceView> inner = find(r.children(), id);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }
}
