package io.tandem.membership;

/** A warning or an error found in cluster.conf, naming the key and its line (0 when the key is absent). */
public record ConfigProblem(Severity severity, String key, int line, String message) {
    public enum Severity { WARNING, ERROR }

    public static ConfigProblem error(String key, int line, String message) {
        return new ConfigProblem(Severity.ERROR, key, line, message);
    }

    public static ConfigProblem warning(String key, int line, String message) {
        return new ConfigProblem(Severity.WARNING, key, line, message);
    }

    @Override
    public String toString() {
        return "severity=" + severity.name().toLowerCase() + " key=" + key + " line=" + line + " msg=\"" + message + "\"";
    }
}
