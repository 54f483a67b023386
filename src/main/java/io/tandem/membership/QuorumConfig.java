package io.tandem.membership;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * The {@code quorum} section. Absent keys take votequorum's defaults; an empty or missing section is valid
 * (the tutorial saw corosync spin at 100 % CPU with one, so Tandem must not).
 */
public record QuorumConfig(
        String provider,
        OptionalInt expectedVotes,
        boolean twoNode,
        boolean waitForAll,
        boolean lastManStanding,
        Duration lastManStandingWindow) {

    public static final String VOTEQUORUM = "corosync_votequorum";
    public static final Duration DEFAULT_LMS_WINDOW = Duration.ofSeconds(10);

    public static QuorumConfig defaults() {
        return new QuorumConfig(VOTEQUORUM, OptionalInt.empty(), false, false, false, DEFAULT_LMS_WINDOW);
    }
}
