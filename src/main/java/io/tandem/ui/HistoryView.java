package io.tandem.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tandem.service.ClusterService;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.HistoryEvent;
import io.tandem.service.HistoryFilter;
import io.tandem.service.HistoryKind;
import io.tandem.service.NodeView;
import io.tandem.service.Registration;
import io.tandem.service.ResourceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The live timeline of failures, recoveries, moves, joins/leaves, configuration changes and admin actions. */
@Route(value = "history", layout = MainLayout.class)
public class HistoryView extends Div implements HasDynamicTitle {

    private static final String ANY = "";
    private final ClusterService cluster;
    private final Select<String> resource = new Select<>();
    private final Select<String> node = new Select<>();
    private final MultiSelectComboBox<HistoryKind> kinds = new MultiSelectComboBox<>();
    private final Grid<HistoryEvent> grid = new Grid<>();
    private Registration subscription;

    public HistoryView(ClusterService cluster) {
        this.cluster = cluster;
        addClassNames("view", "history-view");
        ClusterSnapshot s = cluster.snapshot();
        List<String> ids = new ArrayList<>(List.of(ANY));
        collect(s.resources(), ids);
        resource.setId("history-resource");
        resource.setLabel(getTranslation("history.resource"));
        resource.setItems(ids);
        resource.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("history.any") : v);
        resource.setValue(ANY);
        List<String> nodes = new ArrayList<>(List.of(ANY));
        s.nodes().stream().map(NodeView::name).forEach(nodes::add);
        node.setId("history-node");
        node.setLabel(getTranslation("history.node"));
        node.setItems(nodes);
        node.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("history.any") : v);
        node.setValue(ANY);
        kinds.setLabel(getTranslation("history.kinds"));
        kinds.setItems(HistoryKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation("history.kind." + k.name()));
        kinds.setWidth("24em");
        resource.addValueChangeListener(e -> refresh());
        node.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        Div filters = new Div(resource, node, kinds);
        filters.addClassName("filters");

        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Times.dateTime(e.at())).setHeader(getTranslation("history.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> Pills.pill(getTranslation("history.kind." + e.kind().name()),
                "kind-" + e.kind().name().toLowerCase(Locale.ROOT))).setHeader(getTranslation("history.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.resource().orElse("")).setHeader(getTranslation("history.resource")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.node().orElse("")).setHeader(getTranslation("history.node")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEvent::detail).setHeader(getTranslation("history.detail")).setFlexGrow(1);
        grid.setHeight("70vh");
        Div title = new Div(new H2(getTranslation("nav.history")));
        title.addClassName("view-title");
        add(title, filters, grid);
        refresh();
    }

    private static void collect(List<ResourceView> list, List<String> out) {
        for (ResourceView r : list) {
            if (!out.contains(r.id())) {
                out.add(r.id());
            }
            collect(r.children(), out);
        }
    }

    private void refresh() {
        grid.setItems(cluster.history(new HistoryFilter(opt(resource.getValue()), opt(node.getValue()), kinds.getValue(), 500)));
    }

    private static Optional<String> opt(String v) {
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = cluster.subscribe(c -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.history") + " · Tandem";
    }
}
