package io.tandem.scheduler;

import io.tandem.cib.Cib;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unpacked cluster: the first stage of the scheduler, and the model crm_mon, the dashboard and
 * the controller read. Built by {@link Unpacker#unpack(Cib, Instant)}; immutable.
 *
 * @param now        the evaluation time (the CIB's execution-date when present)
 * @param nodes      configured nodes (and nodes only known from the status), in configuration order
 * @param resources  history per recorded resource id, in first-seen order
 * @param failCounts fail-counts by resource id (as named in the attribute) then node
 * @param haveQuorum the partition has quorum ({@code have-quorum} on {@code <cib>})
 * @param dcNode     the DC's node name, if known
 */
public record ClusterStatus(Cib cib, Instant now, ClusterOptions options, List<NodeStatus> nodes,
        Map<String, ResourceStatus> resources, Map<String, Map<String, FailCount>> failCounts, boolean haveQuorum,
        Optional<String> dcNode, List<String> warnings) {

    public ClusterStatus {
        nodes = List.copyOf(nodes);
        resources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resources));
        failCounts = Map.copyOf(failCounts);
        warnings = List.copyOf(warnings);
    }

    public Optional<NodeStatus> node(String uname) {
        return nodes.stream().filter(n -> n.uname().equals(uname)).findFirst();
    }

    public Optional<ResourceStatus> resource(String id) {
        return Optional.ofNullable(resources.get(id));
    }

    /** Every history entry that belongs to a configured primitive id (all instances of a clone). */
    public List<ResourceStatus> historiesOf(String primitiveId) {
        return resources.values().stream().filter(r -> r.configId().map(primitiveId::equals).orElse(false))
                .toList();
    }

    /** The fail-count of a resource id on a node (0 entries when none). */
    public Optional<FailCount> failCount(String rsc, String node) {
        return Optional.ofNullable(failCounts.getOrDefault(rsc, Map.of()).get(node));
    }
}
