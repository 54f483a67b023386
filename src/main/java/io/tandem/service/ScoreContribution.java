package io.tandem.service;

/** One term of an allocation score: where it comes from, which constraint or rule, and its value. */
public record ScoreContribution(Source source, String detail, int value) {

    public enum Source {
        LOCATION, RULE, PREFER, BAN, STICKINESS, COLOCATION, FAILCOUNT, STANDBY, NODE_OFFLINE, MAINTENANCE, DISABLED
    }
}
