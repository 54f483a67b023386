package io.tandem.membership;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * corosync's votequorum as a pure function (one vote per node): quorum = floor(expected / 2) + 1, where
 * expected never drops below the largest membership seen. two_node makes the quorum 1 while expected is 2;
 * wait_for_all withholds quorum until all nodes were seen together once; last_man_standing lowers expected to
 * the current votes after a stable window while quorate.
 */
public record Votequorum(int configuredExpectedVotes, boolean twoNode, boolean waitForAll, boolean lastManStanding,
                         Duration lastManStandingWindow) {
    /** Used when neither expected_votes nor a nodelist says how big the cluster is. */
    public static final int DEFAULT_EXPECTED_VOTES = 2;

    public Votequorum {
        if (configuredExpectedVotes < 1) {
            throw new IllegalArgumentException("expected_votes must be at least 1");
        }
    }

    public static Votequorum from(ClusterConfig config) {
        QuorumConfig q = config.quorum();
        int expected = q.expectedVotes().orElse(config.nodes().isEmpty() ? DEFAULT_EXPECTED_VOTES : config.nodes().size());
        return new Votequorum(expected, q.twoNode(), q.waitForAll(), q.lastManStanding(), q.lastManStandingWindow());
    }

    /** Before any view: no votes, not quorate. */
    public QuorumState initial() {
        return new QuorumState(configuredExpectedVotes, 0, quorumFor(configuredExpectedVotes), false, waitForAll,
                Optional.empty());
    }

    /** The state after a view with {@code totalVotes} members is installed, or a tick at {@code now}. */
    public QuorumState next(QuorumState prev, int totalVotes, Instant now) {
        int expected = Math.max(prev.expectedVotes(), totalVotes);
        boolean waiting = prev.waitingForAll() && totalVotes < expected;
        int quorum = quorumFor(expected);
        boolean quorate = !waiting && totalVotes >= quorum;
        Optional<Instant> since = totalVotes == prev.totalVotes() ? prev.lmsSince() : Optional.empty();
        if (lastManStanding && quorate && totalVotes < expected) {
            if (since.isEmpty()) {
                since = Optional.of(now);
            } else if (!now.isBefore(since.get().plus(lastManStandingWindow))) {
                expected = totalVotes;
                quorum = quorumFor(expected);
                quorate = totalVotes >= quorum;
                since = Optional.empty();
            }
        } else {
            since = Optional.empty();
        }
        return new QuorumState(expected, totalVotes, quorum, quorate, waiting, since);
    }

    int quorumFor(int expected) {
        if (twoNode && expected == 2) {
            return 1;
        }
        return expected / 2 + 1;
    }
}
