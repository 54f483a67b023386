package io.tandem.cib;

/**
 * One finding of {@link CibValidator}: the id of the element at fault (or its element name when it has
 * no id), and what is wrong.
 */
public record CibProblem(Severity severity, String id, String message) {

    public enum Severity { ERROR, WARNING }

    public static CibProblem error(String id, String message) {
        return new CibProblem(Severity.ERROR, id, message);
    }

    public static CibProblem warning(String id, String message) {
        return new CibProblem(Severity.WARNING, id, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + id + ": " + message;
    }
}
