package io.tandem.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;
import io.tandem.service.Command;

/** A form that takes plain data, builds a {@link Command} and fires typed events; it never calls the service. */
public abstract class CommandForm extends FormLayout {

    /** The command the fields describe now. */
    public abstract Command command();

    public Registration addCommandChangedListener(com.vaadin.flow.component.ComponentEventListener<CommandChangedEvent> l) {
        return addListener(CommandChangedEvent.class, l);
    }

    protected void changed() {
        fireEvent(new CommandChangedEvent(this, command()));
    }
}
