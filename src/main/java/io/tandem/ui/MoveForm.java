package io.tandem.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import io.tandem.service.Command;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Move: target node (or "away from the current node"), force, and an optional lifetime. */
public class MoveForm extends CommandForm {

    private static final String AWAY = "";
    private final String resource;
    private final Select<String> target = new Select<>();
    private final Checkbox force = new Checkbox();
    private final Select<Duration> lifetime = new Select<>();

    public MoveForm(String resource, List<String> nodes, Optional<String> currentNode) {
        this.resource = resource;
        List<String> items = new ArrayList<>();
        items.add(AWAY);
        items.addAll(nodes);
        target.setId("move-target");
        target.setLabel(getTranslation("move.target"));
        target.setItems(items);
        target.setItemLabelGenerator(n -> n.isEmpty() ? getTranslation("move.away", currentNode.orElse("?")) : n);
        target.setValue(nodes.stream().filter(n -> !currentNode.filter(n::equals).isPresent()).findFirst().orElse(AWAY));
        force.setId("move-force");
        force.setLabel(getTranslation("move.force"));
        force.setHelperText(getTranslation("move.force.help"));
        lifetime.setId("move-lifetime");
        lifetime.setLabel(getTranslation("move.lifetime"));
        Duration none = Duration.ZERO;
        lifetime.setItems(none, Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(1));
        lifetime.setItemLabelGenerator(d -> d.isZero() ? getTranslation("move.lifetime.none") : d.toString());
        lifetime.setValue(none);
        add(target, lifetime, force);
        setColspan(force, 2);
        target.addValueChangeListener(e -> changed());
        force.addValueChangeListener(e -> changed());
        lifetime.addValueChangeListener(e -> changed());
    }

    @Override
    public Command command() {
        String t = target.getValue() == null ? AWAY : target.getValue();
        Duration l = lifetime.getValue();
        return new Command.Move(resource, t.isEmpty() ? Optional.empty() : Optional.of(t), force.getValue(),
                l == null || l.isZero() ? Optional.empty() : Optional.of(l));
    }
}
