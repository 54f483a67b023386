package io.tandem.crm.mon;

import java.util.List;
import java.util.Optional;

/** The Node Attributes shown for one online node, sorted by name. */
public record NodeAttributesView(NodeView node, List<Attribute> attributes) {

    public NodeAttributesView {
        attributes = List.copyOf(attributes);
    }

    /**
     * One attribute. {@code expected} is set for a ping resource's attribute: the score a fully connected
     * node would have (host count × multiplier), so crm_mon can say connectivity is lost or degraded.
     */
    public record Attribute(String name, String value, Optional<Integer> expected) {
    }
}
