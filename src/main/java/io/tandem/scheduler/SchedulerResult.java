package io.tandem.scheduler;

import io.tandem.transition.TransitionGraph;
import java.util.List;
import java.util.Map;

/**
 * What a scheduling run decided.
 *
 * @param status      the unpacked input (stage one)
 * @param placement   resource instance id to its node, or null when it is to be stopped
 * @param scores      allocation scores per instance and node, with the reasons that contributed
 * @param graph       the transition graph
 * @param summary     the Transition Summary lines, without the leading "  * "
 * @param unsupported resources this scheduler left alone (bundles, promotable clones)
 */
public record SchedulerResult(ClusterStatus status, Map<String, String> placement, List<AllocationScore> scores,
        TransitionGraph graph, List<String> summary, List<String> unsupported) {

    public SchedulerResult {
        placement = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(placement));
        scores = List.copyOf(scores);
        summary = List.copyOf(summary);
        unsupported = List.copyOf(unsupported);
    }
}
