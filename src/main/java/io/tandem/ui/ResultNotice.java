package io.tandem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.tandem.service.CommandResult;
import java.util.List;

/** Shows a command's crm-like output, one line per line; warnings and failures get their own colour. */
final class ResultNotice {

    private ResultNotice() {
    }

    static void show(CommandResult r, String emptyText) {
        show(r.ok(), r.output().isEmpty() ? List.of(emptyText) : r.output());
    }

    static void show(boolean ok, List<String> lines) {
        Div content = new Div();
        content.addClassName("result-notice");
        for (String l : lines) {
            content.add(new Div(l));
        }
        Notification n = new Notification(content);
        n.setDuration(lines.size() > 2 ? 6000 : 3500);
        n.setPosition(Notification.Position.BOTTOM_END);
        boolean warned = lines.stream().anyMatch(l -> l.startsWith("WARNING"));
        n.addThemeVariants(!ok ? NotificationVariant.LUMO_ERROR : warned ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
        n.open();
    }
}
