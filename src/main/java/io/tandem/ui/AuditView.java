package io.tandem.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tandem.service.AuditEntry;
import io.tandem.service.ClusterService;
import io.tandem.service.Registration;

/** The append-only audit log: who, when, from which node, what, the result; a row opens its CIB diff. */
@Route(value = "audit", layout = MainLayout.class)
public class AuditView extends Div implements HasDynamicTitle {

    private final ClusterService cluster;
    private final Grid<AuditEntry> grid = new Grid<>();
    private Registration subscription;

    public AuditView(ClusterService cluster) {
        this.cluster = cluster;
        addClassNames("view", "audit-view");
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Times.dateTime(e.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::user).setHeader(getTranslation("audit.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("role." + e.role().name())).setHeader(getTranslation("audit.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::fromNode).setHeader(getTranslation("audit.from")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span s = new Span(e.command());
            s.addClassName("mono");
            return s;
        }).setHeader(getTranslation("audit.command")).setFlexGrow(1);
        grid.addComponentColumn(e -> Pills.pill(getTranslation(e.ok() ? "audit.ok" : "audit.failed"), e.ok() ? "ok" : "bad"))
                .setHeader(getTranslation("audit.result")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> {
            Pre out = new Pre(e.result());
            out.addClassName("code-block");
            Pre diff = new Pre(e.cibDiff().isEmpty() ? getTranslation("audit.no-diff") : e.cibDiff());
            diff.addClassNames("code-block", "diff-block");
            return new Div(new Span(getTranslation("audit.output")), out, new Span(getTranslation("audit.diff")), diff);
        }));
        grid.setHeight("75vh");
        Div title = new Div(new H2(getTranslation("nav.audit")));
        title.addClassName("view-title");
        add(title, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(cluster.audit(1000));
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
        return getTranslation("nav.audit") + " · Tandem";
    }
}
