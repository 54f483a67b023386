package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code status} section: one node_state per node, plus anything else (tickets) kept verbatim. */
public record Status(Map<String, String> attributes, List<NodeState> nodes, List<XmlElement> unknown) {

    public Status {
        attributes = Attrs.copy(attributes);
        nodes = List.copyOf(nodes);
        unknown = List.copyOf(unknown);
    }

    public static Status empty() {
        return new Status(Map.of(), List.of(), List.of());
    }

    public Optional<NodeState> node(String uname) {
        for (NodeState n : nodes) {
            if (uname.equals(n.uname())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The ticket_state elements of {@code <tickets>}, if any. */
    public List<XmlElement> tickets() {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement u : unknown) {
            if (u.name().equals("tickets")) {
                out.addAll(u.children("ticket_state"));
            }
        }
        return out;
    }

    public Status withNodes(List<NodeState> ns) {
        return new Status(attributes, ns, unknown);
    }

    /** Replaces the node_state with the same id, or appends it. */
    public Status withNode(NodeState state) {
        List<NodeState> out = new ArrayList<>(nodes);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(state.id())) {
                out.set(i, state);
                return withNodes(out);
            }
        }
        out.add(state);
        return withNodes(out);
    }

    static Status fromXml(XmlElement e) {
        List<NodeState> ns = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.name().equals("node_state")) {
                ns.add(NodeState.fromXml(c));
            } else {
                unknown.add(c);
            }
        }
        return new Status(e.attributes(), ns, unknown);
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        nodes.forEach(n -> kids.add(n.toXml()));
        kids.addAll(unknown);
        return new XmlElement("status", attributes, kids, "");
    }
}
