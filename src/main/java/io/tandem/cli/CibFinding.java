package io.tandem.cli;

/**
 * One problem found in a CIB, as the tools print it: the element id (or a path when it has none) and
 * what is wrong. Boot adapts the cib package's validator output to this.
 */
public record CibFinding(String id, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public static CibFinding error(String id, String message) {
        return new CibFinding(id, message, Severity.ERROR);
    }

    public static CibFinding warning(String id, String message) {
        return new CibFinding(id, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + id + ": " + message;
    }
}
