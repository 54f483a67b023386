package io.tandem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.NodeView;
import io.tandem.service.ResourceKind;
import io.tandem.service.ResourceView;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Node List; cards are kept per node name so an update only touches what changed. */
final class NodesPanel extends Div {

    private final Div cards = new Div();
    private final Map<String, NodeCard> byName = new LinkedHashMap<>();

    NodesPanel() {
        addClassNames("panel", "nodes-panel");
        cards.addClassName("node-cards");
        add(new H3(getTranslation("status.nodes")), cards);
    }

    /** The primitives and clone instances running on a node, in tree order. */
    private static java.util.List<String> runningOn(java.util.List<ResourceView> list, String node) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ResourceView r : list) {
            if ((r.kind() == ResourceKind.PRIMITIVE || r.kind() == ResourceKind.CLONE_INSTANCE) && r.node().filter(node::equals).isPresent()) {
                out.add(r.id());
            }
            out.addAll(runningOn(r.children(), node));
        }
        return out;
    }

    void update(ClusterSnapshot s, Controls controls) {
        if (!byName.keySet().equals(s.nodes().stream().map(NodeView::name).collect(java.util.stream.Collectors.toSet()))) {
            byName.clear();
            cards.removeAll();
        }
        for (NodeView n : s.nodes()) {
            NodeCard card = byName.computeIfAbsent(n.name(), k -> {
                NodeCard c = new NodeCard();
                cards.add(c);
                return c;
            });
            card.update(n, runningOn(s.resources(), n.name()), controls);
        }
    }
}
