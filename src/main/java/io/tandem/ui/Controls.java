package io.tandem.ui;

import io.tandem.service.ClusterService;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.Command;
import io.tandem.service.MoveConstraint;
import io.tandem.service.NodeView;
import java.util.List;
import java.util.Optional;

/** Opens the confirm-with-preview dialog for each control; one place so every control behaves alike. */
final class Controls {

    private final ClusterService cluster;
    private final SignedIn user;

    Controls(ClusterService cluster, SignedIn user) {
        this.cluster = cluster;
        this.user = user;
    }

    SignedIn user() {
        return user;
    }

    void confirm(String title, Command command) {
        new CommandDialog(cluster, user, title, command, Optional.empty()).open();
    }

    void move(String resource, ClusterSnapshot s, Optional<String> current) {
        MoveForm form = new MoveForm(resource, nodes(s), current);
        new CommandDialog(cluster, user, t("control.move", resource), form.command(), Optional.of(form)).open();
    }

    void cleanup(Optional<String> resource, ClusterSnapshot s, Optional<String> node) {
        CleanupForm form = new CleanupForm(resource, nodes(s), node);
        new CommandDialog(cluster, user, t("control.cleanup", resource.orElse("*")), form.command(), Optional.of(form)).open();
    }

    void clear(MoveConstraint c) {
        confirm(t("control.clear", c.resource()), new Command.Clear(c.resource(), Optional.empty()));
    }

    void whyHere(String resource) {
        new WhyHereDialog(cluster, resource).open();
    }

    private static List<String> nodes(ClusterSnapshot s) {
        return s.nodes().stream().map(NodeView::name).toList();
    }

    private static String t(String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }
}
