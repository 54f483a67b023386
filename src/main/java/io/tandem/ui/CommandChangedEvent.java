package io.tandem.ui;

import com.vaadin.flow.component.ComponentEvent;
import io.tandem.service.Command;

/** Fired by a command form whenever its fields describe a different command; the dialog re-previews it. */
public class CommandChangedEvent extends ComponentEvent<CommandForm> {
    private final Command command;

    public CommandChangedEvent(CommandForm source, Command command) {
        super(source, false);
        this.command = command;
    }

    public Command command() {
        return command;
    }
}
