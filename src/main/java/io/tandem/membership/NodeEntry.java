package io.tandem.membership;

import java.util.Objects;

/** One {@code nodelist.node} entry. {@code line} points back to the source for error messages. */
public record NodeEntry(String ring0Addr, String name, int nodeId, int line) {
    public NodeEntry {
        Objects.requireNonNull(ring0Addr, "ring0Addr");
        Objects.requireNonNull(name, "name");
    }
}
