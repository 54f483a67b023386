package io.tandem.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tandem.service.ClusterService;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.Registration;
import io.tandem.service.Role;
import java.time.InstantSource;
import java.util.Optional;

/** The live dashboard: summary, nodes, resource tree and failed actions, re-rendered on every pushed change. */
@Route(value = "", layout = MainLayout.class)
public class StatusView extends Div implements HasDynamicTitle {

    private final ClusterService cluster;
    private final InstantSource clock;
    private final Controls controls;
    private final FreshnessIndicator freshness = new FreshnessIndicator();
    private final SummaryPanel summary = new SummaryPanel();
    private final NodesPanel nodes = new NodesPanel();
    private final ResourceTree tree = new ResourceTree();
    private final FailedActionsPanel failed = new FailedActionsPanel();
    private Registration subscription;
    private long shownVersion = -1;

    public StatusView(ClusterService cluster, InstantSource clock) {
        this.cluster = cluster;
        this.clock = clock;
        this.controls = new Controls(cluster, SignedIn.current().orElseThrow());
        addClassNames("view", "status-view");
        Div title = new Div(new H2(getTranslation("nav.status")), freshness);
        title.addClassName("view-title");
        if (controls.user().may(Role.OPERATOR)) {
            Button cleanupAll = new Button(getTranslation("control.cleanup-all"),
                    e -> controls.cleanup(Optional.empty(), cluster.snapshot(), Optional.empty()));
            cleanupAll.setId("cleanup-all");
            cleanupAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
            title.add(cleanupAll);
        }
        add(title, summary, nodes, tree, failed);
        render(cluster.snapshot());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = cluster.subscribe(change -> ui.access(() -> render(cluster.snapshot())));
        render(cluster.snapshot());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void render(ClusterSnapshot s) {
        if (s.version() == shownVersion && shownVersion >= 0) {
            return;
        }
        shownVersion = s.version();
        summary.update(s, clock.instant());
        nodes.update(s, controls);
        tree.update(s, clock.instant(), controls);
        failed.update(s);
        freshness.updated(s.version());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.status") + " · Tandem";
    }
}
