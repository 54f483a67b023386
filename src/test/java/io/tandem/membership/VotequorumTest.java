package io.tandem.membership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VotequorumTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Each row: configuration, then a series of memberships (total votes) and the expected answers. */
    @ParameterizedTest(name = "expected={0} two_node={1} wfa={2}: votes {3} -> quorum {4}, quorate {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # expected | two_node | wait_for_all | votes seen  | quorum     | quorate
              3        | false    | false        | 1 2 3 2 1   | 2 2 2 2 2  | F T T T F
              4        | false    | false        | 2 3 4       | 3 3 3      | F T T
              5        | false    | false        | 3 2 5       | 3 3 3      | T F T
              6        | false    | false        | 3 4         | 4 4        | F T
              2        | false    | false        | 1 2 1       | 2 2 2      | F T F
              2        | true     | true         | 1 2 1 2     | 1 1 1 1    | F T T T
              2        | true     | false        | 1 2 1       | 1 1 1      | T T T
              3        | false    | true         | 2 3 2 1     | 2 2 2 2    | F T T F
              2        | false    | false        | 3 2 1       | 2 2 2      | T T F
              1        | false    | false        | 1           | 1          | T
            """)
    void quorumTable(int expected, boolean twoNode, boolean waitForAll, String votes, String quorums, String quorate) {
        Votequorum vq = new Votequorum(expected, twoNode, waitForAll, false, Duration.ofSeconds(10));
        QuorumState s = vq.initial();
        assertFalse(s.quorate(), "no view yet");
        List<Integer> gotQuorum = new ArrayList<>();
        List<String> gotQuorate = new ArrayList<>();
        for (String v : votes.trim().split(" +")) {
            s = vq.next(s, Integer.parseInt(v), T0);
            gotQuorum.add(s.quorum());
            gotQuorate.add(s.quorate() ? "T" : "F");
        }
        assertEquals(Arrays.stream(quorums.trim().split(" +")).map(Integer::valueOf).toList(), gotQuorum);
        assertEquals(List.of(quorate.trim().split(" +")), gotQuorate);
    }

    @Test
    void expectedVotesGrowWithTheLargestMembershipAndNeverShrinkOnTheirOwn() {
        Votequorum vq = new Votequorum(2, false, false, false, Duration.ofSeconds(10));
        QuorumState s = vq.next(vq.initial(), 5, T0);
        assertEquals(5, s.expectedVotes());
        s = vq.next(s, 2, T0);
        assertEquals(new QuorumState(5, 2, 3, false, false, Optional.empty()), s);
    }

    @Test
    void lastManStandingLowersExpectedVotesAfterAStableWindow() {
        Votequorum vq = new Votequorum(5, false, false, true, Duration.ofSeconds(10));
        QuorumState s = vq.next(vq.initial(), 5, T0);
        s = vq.next(s, 3, T0.plusSeconds(1));
        assertEquals(new QuorumState(5, 3, 3, true, false, Optional.of(T0.plusSeconds(1))), s);
        s = vq.next(s, 3, T0.plusSeconds(10));
        assertEquals(5, s.expectedVotes(), "window not over yet");
        s = vq.next(s, 3, T0.plusSeconds(11));
        assertEquals(new QuorumState(3, 3, 2, true, false, Optional.empty()), s);
        s = vq.next(s, 2, T0.plusSeconds(12));
        assertTrue(s.quorate(), "2 of the recalculated 3 is a quorum; without LMS 2 of 5 would not be");
        s = vq.next(s, 2, T0.plusSeconds(30));
        assertEquals(new QuorumState(2, 2, 2, true, false, Optional.empty()), s);
        s = vq.next(s, 1, T0.plusSeconds(31));
        assertFalse(s.quorate(), "last_man_standing never goes down to one node on its own");
        s = vq.next(s, 1, T0.plusSeconds(100));
        assertFalse(s.quorate());
    }

    @Test
    void lastManStandingWindowRestartsWhenMembershipChangesAgain() {
        Votequorum vq = new Votequorum(5, false, false, true, Duration.ofSeconds(10));
        QuorumState s = vq.next(vq.initial(), 5, T0);
        s = vq.next(s, 4, T0.plusSeconds(1));
        s = vq.next(s, 3, T0.plusSeconds(9));
        s = vq.next(s, 3, T0.plusSeconds(12));
        assertEquals(5, s.expectedVotes(), "the window restarted at the second change");
        s = vq.next(s, 3, T0.plusSeconds(19));
        assertEquals(3, s.expectedVotes());
    }

    @Test
    void tutorialConfigurationIsTwoNodeWithWaitForAll() throws Exception {
        Votequorum vq = Votequorum.from(ClusterConfigParser.parse(ClusterConfigParserTest.tutorial()).config());
        assertEquals(new Votequorum(2, true, true, false, QuorumConfig.DEFAULT_LMS_WINDOW), vq);
        QuorumState alone = vq.next(vq.initial(), 1, T0);
        assertFalse(alone.quorate(), "a lone node at start-up waits for its peer (wait_for_all)");
        assertTrue(alone.waitingForAll());
        QuorumState both = vq.next(alone, 2, T0);
        QuorumState survivor = vq.next(both, 1, T0);
        assertEquals(new QuorumState(2, 1, 1, true, false, Optional.empty()), survivor);
    }
}
