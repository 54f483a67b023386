package io.tandem.api;

import java.util.List;
import java.util.Optional;

/**
 * The local node's view of the cluster, as {@code crm_node} shows it.
 *
 * @param members the current partition, coordinator first
 */
public record ClusterMembership(String localNode, int localId, Optional<String> dc, boolean quorate,
        int expectedVotes, int totalVotes, List<Member> members) {

    public ClusterMembership {
        members = List.copyOf(members);
    }

    /** A member of the partition: corosync's node id and the node name. */
    public record Member(int id, String name) {
    }
}
