package io.tandem.api;

import java.util.stream.Collectors;

/**
 * The answer of {@code GET /api/v1/node}: one {@code key=value} per line, so a shell script (or crm_node)
 * reads it without a parser. {@code members} lists {@code id:name} pairs, coordinator first.
 */
final class NodeInfo {

    private NodeInfo() {
    }

    static String render(ClusterMembership m) {
        return "node=" + m.localNode() + "\n"
                + "id=" + m.localId() + "\n"
                + "dc=" + m.dc().orElse("") + "\n"
                + "quorate=" + (m.quorate() ? 1 : 0) + "\n"
                + "expected_votes=" + m.expectedVotes() + "\n"
                + "total_votes=" + m.totalVotes() + "\n"
                + "members=" + m.members().stream().map(x -> x.id() + ":" + x.name()).collect(Collectors.joining(","))
                + "\n";
    }
}
