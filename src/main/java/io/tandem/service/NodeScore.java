package io.tandem.service;

import java.util.List;

/** A resource's allocation score on one node, with the terms that add up to it. */
public record NodeScore(String node, int total, List<ScoreContribution> contributions, boolean chosen) {
    public NodeScore {
        contributions = List.copyOf(contributions);
    }
}
