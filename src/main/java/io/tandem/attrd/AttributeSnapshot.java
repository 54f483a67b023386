package io.tandem.attrd;

import java.util.Map;

/** An attribute's current values on every node, as a query answers or a sync carries them. */
public record AttributeSnapshot(String name, long dampenMs, Lifetime lifetime, Map<String, String> values) {
    public AttributeSnapshot {
        values = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
    }
}
