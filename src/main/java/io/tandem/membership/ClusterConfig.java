package io.tandem.membership;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed corosync.conf. {@code lines} maps a dotted key ({@code totem.interface.bindnetaddr}) to the line
 * it came from, so that checks made later (address matching, key file) can still name the line.
 */
public record ClusterConfig(TotemConfig totem, List<NodeEntry> nodes, QuorumConfig quorum, LoggingConfig logging,
                            Map<String, Integer> lines) {
    public ClusterConfig {
        nodes = List.copyOf(nodes);
        lines = Map.copyOf(lines);
    }

    public Optional<NodeEntry> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The line of a dotted key, or 0 when the key was defaulted. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }
}
