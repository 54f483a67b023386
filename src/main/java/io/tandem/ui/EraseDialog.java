package io.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.tandem.service.ClusterService;
import io.tandem.service.Command;
import io.tandem.service.CommandResult;

/** Erase, with crm's guard (nothing may run) plus typing the cluster name; the facade enforces both. */
final class EraseDialog extends Dialog {

    EraseDialog(ClusterService cluster, SignedIn user, Runnable after) {
        String name = cluster.snapshot().summary().clusterName();
        setHeaderTitle(getTranslation("erase.title"));
        setWidth("560px");
        add(new Paragraph(getTranslation("erase.explain")));
        TextField confirm = new TextField(getTranslation("erase.type-name", name));
        confirm.setId("erase-confirm");
        confirm.setWidthFull();
        confirm.setValueChangeMode(ValueChangeMode.EAGER);
        add(confirm);
        Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
        Button erase = new Button(getTranslation("config.erase"), e -> {
            CommandResult r = cluster.execute(user.actor(cluster.localNode()), new Command.EraseConfiguration(confirm.getValue()));
            ResultNotice.show(r, getTranslation("dialog.done"));
            if (r.ok()) {
                close();
                after.run();
            }
        });
        erase.setId("erase-apply");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setEnabled(false);
        confirm.addValueChangeListener(e -> erase.setEnabled(name.equals(e.getValue())));
        getFooter().add(cancel, erase);
    }
}
