package io.tandem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.NodeView;
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
            card.update(n, 0, controls);
        }
    }
}
