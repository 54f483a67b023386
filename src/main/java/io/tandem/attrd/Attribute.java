package io.tandem.attrd;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One attribute across the cluster: its per-node values, dampening delay and lifetime, and when a
 * pending write is due (empty when the CIB already has the latest values).
 */
record Attribute(String name, long dampenMs, Lifetime lifetime, Map<String, String> values,
        Optional<Instant> writeDue) {

    Attribute {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    static Attribute empty(String name, long dampenMs, Lifetime lifetime) {
        return new Attribute(name, dampenMs, lifetime, Map.of(), Optional.empty());
    }

    Attribute withValue(String node, String value) {
        TreeMap<String, String> v = new TreeMap<>(values);
        if (value == null) {
            v.remove(node);
        } else {
            v.put(node, value);
        }
        return new Attribute(name, dampenMs, lifetime, v, writeDue);
    }

    Attribute withDampen(long ms) {
        return new Attribute(name, ms, lifetime, values, writeDue);
    }

    Attribute withLifetime(Lifetime l) {
        return new Attribute(name, dampenMs, l, values, writeDue);
    }

    Attribute withWriteDue(Optional<Instant> due) {
        return new Attribute(name, dampenMs, lifetime, values, due);
    }
}
