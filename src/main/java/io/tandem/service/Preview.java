package io.tandem.service;

import java.util.List;

/** What a command would do: the simulated Transition Summary plus warnings, computed without changing anything. */
public record Preview(Command command, List<PlannedAction> actions, List<Warning> warnings) {
    public Preview {
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
    }
}
