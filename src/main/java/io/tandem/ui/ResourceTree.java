package io.tandem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.ResourceKind;
import io.tandem.service.ResourceView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource tree: groups with members in order, clones with an instance per node. Rows are keyed by
 * id (and node for clone instances) and rebuilt only when the tree's shape changes.
 */
final class ResourceTree extends Div {

    private final Div rows = new Div();
    private final Map<String, ResourceRow> byKey = new LinkedHashMap<>();
    private final Span empty = new Span();

    ResourceTree() {
        addClassNames("panel", "resources-panel");
        setId("resource-tree");
        Div head = new Div();
        head.addClassName("resource-head");
        for (String k : List.of("tree.resource", "tree.state", "tree.node", "tree.fail-counts", "tree.constraints", "tree.actions")) {
            head.add(new Span(getTranslation(k)));
        }
        rows.addClassName("resource-rows");
        empty.setText(getTranslation("tree.empty"));
        add(new H3(getTranslation("status.resources")), head, rows);
    }

    private record Line(String key, ResourceView view, int depth) {
    }

    void update(ClusterSnapshot s, Instant now, Controls controls) {
        List<Line> lines = new ArrayList<>();
        flatten(s.resources(), 0, lines);
        List<String> keys = lines.stream().map(Line::key).toList();
        if (!keys.equals(List.copyOf(byKey.keySet()))) {
            byKey.clear();
            rows.removeAll();
            for (Line l : lines) {
                ResourceRow row = new ResourceRow(l.view(), l.depth());
                byKey.put(l.key(), row);
                rows.add(row);
            }
            if (lines.isEmpty()) {
                rows.add(empty);
            }
        }
        for (Line l : lines) {
            byKey.get(l.key()).update(l.view(), s, now, controls);
        }
    }

    private static void flatten(List<ResourceView> list, int depth, List<Line> out) {
        int index = 0;
        for (ResourceView r : list) {
            String key = r.kind() == ResourceKind.CLONE_INSTANCE ? r.id() + ":" + index : r.id();
            index++;
            out.add(new Line(key, r, depth));
            flatten(r.children(), depth + 1, out);
        }
    }
}
