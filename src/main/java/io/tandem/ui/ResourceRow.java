package io.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.Command;
import io.tandem.service.FailCount;
import io.tandem.service.MoveConstraint;
import io.tandem.service.MoveKind;
import io.tandem.service.ResourceFlag;
import io.tandem.service.ResourceKind;
import io.tandem.service.ResourceView;
import io.tandem.service.Role;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of the resource tree: name and agent, role and flags, node, fail-count chips, move badges
 * and controls. Cells are rebuilt only when what they show changed, so a push carries little.
 */
final class ResourceRow extends Div {

    private final Div name = cell("cell-name");
    private final Div state = cell("cell-state");
    private final Div node = cell("cell-node");
    private final Div fails = cell("cell-fails");
    private final Div badges = cell("cell-badges");
    private final Div actions = cell("cell-actions");
    private Object stateKey;
    private Object failKey;
    private Object badgeKey;
    private Object actionKey;

    ResourceRow(ResourceView r, int depth) {
        addClassNames("resource-row", "kind-" + r.kind().name().toLowerCase(Locale.ROOT), "depth-" + depth);
        getElement().setAttribute("data-resource", r.id());
        r.node().filter(n -> r.kind() == ResourceKind.CLONE_INSTANCE).ifPresent(n -> getElement().setAttribute("data-node", n));
        Span id = new Span(r.id());
        id.addClassName("resource-id");
        Span kind = Pills.pill(getTranslation("kind." + r.kind().name()), "kind");
        name.add(kind, id);
        r.agent().filter(a -> r.kind() != ResourceKind.CLONE_INSTANCE).ifPresent(a -> {
            Span agent = new Span(a);
            agent.addClassName("agent");
            name.add(agent);
        });
        add(name, state, node, fails, badges, actions);
    }

    private static Div cell(String cls) {
        Div d = new Div();
        d.addClassNames("cell", cls);
        return d;
    }

    void update(ResourceView r, ClusterSnapshot s, Instant now, Controls controls) {
        getElement().setAttribute("data-role", r.role().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-node-now", r.node().orElse(""));
        for (ResourceFlag f : ResourceFlag.values()) {
            setClassName("flag-" + f.name().toLowerCase(Locale.ROOT), r.has(f));
        }
        List<Object> sk = List.of(r.role(), r.flags(), r.node());
        if (!sk.equals(stateKey)) {
            stateKey = sk;
            state.removeAll();
            state.add(Pills.pill(getTranslation("role." + r.role().name()), "role", "role-" + r.role().name().toLowerCase(Locale.ROOT)));
            for (ResourceFlag f : r.flags()) {
                if (f != ResourceFlag.MOVED) {
                    Span p = Pills.pill(getTranslation("flag." + f.name()), "flag", "flag-" + f.name().toLowerCase(Locale.ROOT));
                    p.getElement().setAttribute("title", getTranslation("flag." + f.name() + ".help"));
                    state.add(p);
                }
            }
            node.removeAll();
            if (r.kind() != ResourceKind.GROUP && r.kind() != ResourceKind.CLONE) {
                node.add(new Span(r.node().orElse("—")));
            }
        }
        List<FailCount> fc = r.kind() == ResourceKind.PRIMITIVE ? s.failCountsOf(r.id())
                : r.kind() == ResourceKind.CLONE_INSTANCE
                ? s.failCountsOf(r.id()).stream().filter(f -> r.node().filter(f.node()::equals).isPresent()).toList()
                : List.of();
        if (!fc.equals(failKey)) {
            failKey = fc;
            fails.removeAll();
            for (FailCount f : fc) {
                fails.add(chip(f));
            }
        }
        List<MoveConstraint> mc = r.kind() == ResourceKind.CLONE_INSTANCE ? List.of() : s.constraintsOf(r.id());
        List<Object> bk = List.of(mc, now.getEpochSecond() / 30);
        if (!bk.equals(badgeKey)) {
            badgeKey = bk;
            badges.removeAll();
            for (MoveConstraint m : mc) {
                badges.add(badge(m, now, controls));
            }
        }
        List<Object> ak = List.of(r.flags(), r.node(), mc.isEmpty());
        if (!ak.equals(actionKey)) {
            actionKey = ak;
            actions.removeAll();
            actions.add(actionsFor(r, s, controls));
        }
    }

    private Div chip(FailCount f) {
        Span count = new Span(f.count() + "/" + f.migrationThreshold());
        count.addClassName("chip-count");
        Span where = new Span(f.node());
        Span sub = new Span(getTranslation("chip.last", Times.time(f.lastFailure()))
                + " · " + f.expires().map(e -> getTranslation("chip.expires", Times.time(e))).orElse(getTranslation("chip.no-expiry")));
        sub.addClassName("chip-sub");
        Div chip = new Div(new Div(where, count), sub);
        chip.addClassNames("failcount", f.exhausted() ? "exhausted" : "counting");
        chip.getElement().setAttribute("data-node", f.node());
        chip.getElement().setAttribute("data-count", Integer.toString(f.count()));
        chip.getElement().setAttribute("title", getTranslation("chip.help", f.resource(), f.node(), f.count(), f.migrationThreshold()));
        return chip;
    }

    private Div badge(MoveConstraint m, Instant now, Controls controls) {
        boolean ban = m.kind() == MoveKind.BAN;
        Span what = new Span(getTranslation(ban ? "badge.ban" : "badge.prefer", m.node()));
        what.addClassName("badge-what");
        Span meta = new Span(getTranslation("badge.meta", Times.ago(this, m.since(), now), m.by())
                + m.expires().map(e -> " · " + getTranslation("badge.expires", Times.time(e))).orElse(""));
        meta.addClassName("badge-meta");
        Div badge = new Div(new Div(what, meta));
        badge.addClassNames("move-badge", ban ? "ban" : "prefer");
        badge.getElement().setAttribute("data-constraint", m.id());
        badge.getElement().setAttribute("title", m.id() + " · " + Times.dateTime(m.since()));
        if (controls.user().may(Role.OPERATOR)) {
            Button clear = new Button(getTranslation("badge.clear"), e -> controls.clear(m));
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            clear.addClassName("badge-clear");
            badge.add(clear);
        }
        return badge;
    }

    private Div actionsFor(ResourceView r, ClusterSnapshot s, Controls controls) {
        Div box = new Div();
        box.addClassName("row-actions");
        Button why = new Button(getTranslation("control.why"), e -> controls.whyHere(r.id()));
        why.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        why.addClassName("why-button");
        box.add(why);
        if (!controls.user().may(Role.OPERATOR) || r.kind() == ResourceKind.CLONE_INSTANCE) {
            return box;
        }
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        bar.addClassName("resource-menu");
        SubMenu menu = bar.addItem(getTranslation("control.actions")).getSubMenu();
        String id = r.id();
        if (r.kind() == ResourceKind.GROUP || r.kind() == ResourceKind.PRIMITIVE && s.resources().contains(r)) {
            menu.addItem(getTranslation("control.move-item"), e -> controls.move(id, s, r.node()));
            if (!s.constraintsOf(id).isEmpty()) {
                menu.addItem(getTranslation("control.unmove-item"),
                        e -> controls.confirm(getTranslation("control.clear", id), new Command.Clear(id, Optional.empty())));
            }
        }
        menu.addItem(getTranslation("control.cleanup-item"), e -> controls.cleanup(Optional.of(id), s,
                s.failCountsOf(id).stream().map(FailCount::node).findFirst()));
        boolean disabled = r.has(ResourceFlag.DISABLED);
        menu.addItem(getTranslation(disabled ? "control.start" : "control.stop"), e -> controls.confirm(
                getTranslation(disabled ? "control.start.title" : "control.stop.title", id), new Command.SetRunning(id, disabled)));
        boolean unmanaged = r.has(ResourceFlag.UNMANAGED);
        menu.addItem(getTranslation(unmanaged ? "control.manage" : "control.unmanage"), e -> controls.confirm(
                getTranslation(unmanaged ? "control.manage.title" : "control.unmanage.title", id), new Command.SetManaged(id, unmanaged)));
        boolean maint = r.has(ResourceFlag.MAINTENANCE);
        menu.addItem(getTranslation(maint ? "control.maintenance-off" : "control.maintenance-on"), e -> controls.confirm(
                getTranslation("control.maintenance.title", id), new Command.SetResourceMaintenance(id, !maint)));
        box.add(bar);
        return box;
    }
}
