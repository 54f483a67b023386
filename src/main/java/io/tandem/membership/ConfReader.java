package io.tandem.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to one section's keys. It records every problem (unknown key → warning, bad value → error)
 * against the dotted key and its line, and remembers where each key came from.
 */
final class ConfReader {
    private final String path;
    private final Map<String, ConfEntry> entries = new HashMap<>();
    private final List<ConfigProblem> problems;
    private final Map<String, Integer> lines;

    ConfReader(String path, ConfSection section, Set<String> known, List<ConfigProblem> problems,
               Map<String, Integer> lines) {
        this.path = path;
        this.problems = problems;
        this.lines = lines;
        for (ConfEntry e : section.entries()) {
            if (!known.contains(e.key())) {
                problems.add(ConfigProblem.warning(key(e.key()), e.line(), "unknown key, ignored"));
                continue;
            }
            if (entries.containsKey(e.key())) {
                problems.add(ConfigProblem.warning(key(e.key()), e.line(), "repeated key, the last value wins"));
            }
            entries.put(e.key(), e);
            lines.put(key(e.key()), e.line());
        }
    }

    String key(String name) {
        return path + "." + name;
    }

    Optional<String> string(String name) {
        return Optional.ofNullable(entries.get(name)).map(ConfEntry::value);
    }

    String string(String name, String fallback) {
        return string(name).orElse(fallback);
    }

    /** A value from a fixed set (case-insensitive); anything else is an error. */
    Optional<String> choice(String name, Set<String> allowed) {
        ConfEntry e = entries.get(name);
        if (e == null) {
            return Optional.empty();
        }
        String v = e.value().toLowerCase();
        if (!allowed.contains(v)) {
            error(e, "invalid value '" + e.value() + "', expected one of " + new ArrayList<>(allowed).stream().sorted().toList());
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** An integer in [min, max]; out of range or not a number is an error. */
    Optional<Integer> integer(String name, long min, long max) {
        ConfEntry e = entries.get(name);
        if (e == null) {
            return Optional.empty();
        }
        try {
            long v = Long.parseLong(e.value());
            if (v < min || v > max) {
                error(e, "value " + v + " is out of range [" + min + ", " + max + "]");
                return Optional.empty();
            }
            return Optional.of((int) v);
        } catch (NumberFormatException ex) {
            error(e, "invalid number '" + e.value() + "'");
            return Optional.empty();
        }
    }

    /** corosync booleans: yes/no, on/off, 1/0, true/false. */
    Optional<Boolean> bool(String name) {
        ConfEntry e = entries.get(name);
        if (e == null) {
            return Optional.empty();
        }
        return switch (e.value().toLowerCase()) {
            case "yes", "on", "1", "true" -> Optional.of(true);
            case "no", "off", "0", "false" -> Optional.of(false);
            default -> {
                error(e, "invalid boolean '" + e.value() + "', expected yes/no, on/off or 1/0");
                yield Optional.empty();
            }
        };
    }

    boolean bool(String name, boolean fallback) {
        return bool(name).orElse(fallback);
    }

    int line(String name) {
        ConfEntry e = entries.get(name);
        return e == null ? 0 : e.line();
    }

    void error(String name, String message) {
        problems.add(ConfigProblem.error(key(name), line(name), message));
    }

    private void error(ConfEntry e, String message) {
        problems.add(ConfigProblem.error(key(e.key()), e.line(), message));
    }
}
