package io.tandem.service;

import java.util.List;
import java.util.Optional;

/** "Why here?": per node, why the resource runs where it does, or why it is Stopped. */
public record ScoreBreakdown(String resource, Optional<String> runningOn, List<NodeScore> nodes) {
    public ScoreBreakdown {
        nodes = List.copyOf(nodes);
    }
}
