package io.tandem.service;

import java.util.Map;
import java.util.TreeMap;

/** One node: its status, whether it is the DC, and its node attributes (sorted by name). */
public record NodeView(String name, NodeStatus status, boolean dc, Map<String, String> attributes) {
    public NodeView {
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
