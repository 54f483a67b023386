package io.tandem.membership;

import java.time.Instant;
import java.util.Optional;

/**
 * votequorum's answer for one membership: expected and total votes, the quorum, and whether this partition
 * is quorate. {@code waitingForAll} stays true until every expected node has been seen at once (wait_for_all);
 * {@code lmsSince} is when the last_man_standing window started, if it is running.
 */
public record QuorumState(int expectedVotes, int totalVotes, int quorum, boolean quorate, boolean waitingForAll,
                          Optional<Instant> lmsSince) {
    @Override
    public String toString() {
        return "expected_votes=" + expectedVotes + " total_votes=" + totalVotes + " quorum=" + quorum
                + " quorate=" + quorate + (waitingForAll ? " wait_for_all=waiting" : "");
    }
}
