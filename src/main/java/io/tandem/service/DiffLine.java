package io.tandem.service;

/** A line of a unified-style diff: kept, added or removed. */
public record DiffLine(Change change, String text) {
    public enum Change { SAME, ADDED, REMOVED }

    @Override
    public String toString() {
        return switch (change) {
            case SAME -> "  ";
            case ADDED -> "+ ";
            case REMOVED -> "- ";
        } + text;
    }
}
