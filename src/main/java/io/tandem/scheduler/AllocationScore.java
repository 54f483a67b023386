package io.tandem.scheduler;

import java.util.List;

/**
 * The score of a resource instance on a node at assignment, with the contributions behind it (the
 * "Why here?" of the UI): location constraints, stickiness, failure bans and so on.
 */
public record AllocationScore(String rsc, String node, int score, List<String> reasons) {

    public AllocationScore {
        reasons = List.copyOf(reasons);
    }

    /** As crm_simulate -s prints it. */
    public String format() {
        return "native_color: " + rsc + " allocation score on " + node + ": " + io.tandem.cib.Score.format(score);
    }
}
