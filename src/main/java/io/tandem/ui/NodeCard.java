package io.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tandem.service.Command;
import io.tandem.service.NodeStatus;
import io.tandem.service.NodeView;
import io.tandem.service.Role;
import java.util.List;
import java.util.Locale;

/** One node: status, DC mark, attributes, and standby/online and maintenance controls. */
final class NodeCard extends Div {

    private NodeView shown;
    private List<String> shownRunning = List.of();

    NodeCard() {
        addClassName("node-card");
    }

    void update(NodeView n, List<String> running, Controls controls) {
        if (n.equals(shown) && running.equals(shownRunning)) {
            return;
        }
        shown = n;
        shownRunning = running;
        removeAll();
        getElement().setAttribute("data-node", n.name());
        getElement().setAttribute("data-status", n.status().name().toLowerCase(Locale.ROOT));
        Span name = new Span(n.name());
        name.addClassName("node-name");
        Div head = new Div(name, Pills.pill(getTranslation("node.status." + n.status().name()), "node-status",
                "status-" + n.status().name().toLowerCase(Locale.ROOT)));
        if (n.dc()) {
            head.add(Pills.pill("DC", "dc"));
        }
        head.addClassName("node-head");
        add(head);
        Div attrs = new Div();
        attrs.addClassName("node-attributes");
        if (n.attributes().isEmpty()) {
            attrs.add(new Span(getTranslation("node.no-attributes")));
        }
        n.attributes().forEach((k, v) -> {
            Div a = new Div(new Span(k), new Span(v));
            a.addClassName("attribute");
            a.getElement().setAttribute("data-attribute", k);
            attrs.add(a);
        });
        add(attrs);
        Div here = new Div(new Span(getTranslation("node.running")));
        here.addClassName("node-running");
        if (running.isEmpty()) {
            here.add(new Span(getTranslation("node.running-none")));
        }
        running.forEach(r -> here.add(Pills.pill(r, "running")));
        add(here);
        if (controls.user().may(Role.OPERATOR) && n.status() != NodeStatus.OFFLINE) {
            boolean standby = n.status() == NodeStatus.STANDBY;
            Button sb = new Button(getTranslation(standby ? "node.online" : "node.standby"), e -> controls.confirm(
                    getTranslation(standby ? "node.online.title" : "node.standby.title", n.name()),
                    new Command.SetStandby(n.name(), !standby)));
            sb.addClassName(standby ? "node-online" : "node-standby");
            boolean maint = n.status() == NodeStatus.MAINTENANCE;
            Button mt = new Button(getTranslation(maint ? "node.maintenance-off" : "node.maintenance-on"), e -> controls.confirm(
                    getTranslation("node.maintenance.title", n.name()), new Command.SetNodeMaintenance(n.name(), !maint)));
            mt.addClassName("node-maintenance");
            sb.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mt.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div actions = new Div(sb, mt);
            actions.addClassName("node-actions");
            add(actions);
        }
    }
}
