package io.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.tandem.service.AccessDeniedException;
import io.tandem.service.ClusterService;
import io.tandem.service.Command;
import io.tandem.service.CommandResult;
import io.tandem.service.PlannedAction;
import io.tandem.service.Preview;
import io.tandem.service.Warning;
import java.util.Optional;

/**
 * What-if first: shows the command as crm would type it, the simulated Transition Summary and the
 * warnings, and applies it only on confirmation. With a form, the preview follows every change.
 */
public class CommandDialog extends Dialog {

    private final ClusterService cluster;
    private final SignedIn user;
    private final Div preview = new Div();
    private final Button apply = new Button();
    private Command command;

    public CommandDialog(ClusterService cluster, SignedIn user, String title, Command initial, Optional<CommandForm> form) {
        this.cluster = cluster;
        this.user = user;
        this.command = initial;
        addClassName("command-dialog");
        setHeaderTitle(title);
        setWidth("640px");
        form.ifPresent(f -> {
            add(f);
            f.addCommandChangedListener(e -> show(e.command()));
        });
        preview.addClassName("preview");
        add(preview);
        Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
        cancel.setId("dialog-cancel");
        apply.setId("dialog-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        getFooter().add(cancel, apply);
        show(initial);
    }

    private void show(Command c) {
        this.command = c;
        Preview p = cluster.preview(c);
        preview.removeAll();
        Pre crm = new Pre(c.crm());
        crm.addClassName("crm-line");
        preview.add(crm, new H4(getTranslation("preview.transition")));
        Div actions = new Div();
        actions.addClassName("transition");
        actions.setId("preview-actions");
        if (p.actions().isEmpty()) {
            actions.add(new Span(getTranslation("preview.no-actions")));
        }
        for (PlannedAction a : p.actions()) {
            Div line = new Div(new Span(a.text()));
            line.addClassNames("transition-line", "action-" + a.kind().name().toLowerCase(java.util.Locale.ROOT));
            actions.add(line);
        }
        preview.add(actions);
        boolean danger = false;
        for (Warning w : p.warnings()) {
            Div box = new Div(new Span(getTranslation("warning." + w.code().name(), w.args().toArray())));
            box.addClassNames("warning-box", "warning-" + w.code().name().toLowerCase(java.util.Locale.ROOT));
            preview.add(box);
            danger |= w.code() == Warning.Code.BAN_BLOCKS_FAILOVER || w.code() == Warning.Code.WILL_STOP;
        }
        apply.setText(getTranslation(danger ? "dialog.apply-anyway" : "dialog.apply"));
        apply.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (danger) {
            apply.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
    }

    private void apply() {
        try {
            CommandResult r = cluster.execute(user.actor(cluster.localNode()), command);
            ResultNotice.show(r, getTranslation("dialog.done"));
            if (r.ok()) {
                close();
            }
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("error.denied", getTranslation("role." + e.required().name())), 5000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
