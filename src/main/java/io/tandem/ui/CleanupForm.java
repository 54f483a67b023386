package io.tandem.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import io.tandem.service.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cleanup: one node or all, and force (only the named resource, not its whole group). */
public class CleanupForm extends CommandForm {

    private static final String ALL = "";
    private final Optional<String> resource;
    private final Select<String> node = new Select<>();
    private final Checkbox force = new Checkbox();

    public CleanupForm(Optional<String> resource, List<String> nodes, Optional<String> preferredNode) {
        this.resource = resource;
        List<String> items = new ArrayList<>();
        items.add(ALL);
        items.addAll(nodes);
        node.setId("cleanup-node");
        node.setLabel(getTranslation("cleanup.node"));
        node.setItems(items);
        node.setItemLabelGenerator(n -> n.isEmpty() ? getTranslation("cleanup.all-nodes") : n);
        node.setValue(preferredNode.orElse(ALL));
        force.setId("cleanup-force");
        force.setLabel(getTranslation("cleanup.force"));
        force.setHelperText(getTranslation("cleanup.force.help"));
        add(node, force);
        node.addValueChangeListener(e -> changed());
        force.addValueChangeListener(e -> changed());
    }

    @Override
    public Command command() {
        String n = node.getValue() == null ? ALL : node.getValue();
        return new Command.Cleanup(resource, n.isEmpty() ? Optional.empty() : Optional.of(n), force.getValue());
    }
}
