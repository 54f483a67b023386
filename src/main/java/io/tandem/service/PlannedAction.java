package io.tandem.service;

import java.util.Optional;

/** One line of the simulated Transition Summary, as crm_simulate prints it. */
public record PlannedAction(ActionKind kind, String resource, Optional<String> from, Optional<String> to) {

    public enum ActionKind { START, STOP, MOVE, RECOVER, RESTART }

    /** e.g. {@code Move vip (node1 -> node2)}: crm_simulate's words, not translated on purpose. */
    public String text() {
        String name = switch (kind) {
            case START -> "Start";
            case STOP -> "Stop";
            case MOVE -> "Move";
            case RECOVER -> "Recover";
            case RESTART -> "Restart";
        };
        String where = kind == ActionKind.MOVE
                ? from.orElse("?") + " -> " + to.orElse("?")
                : to.or(() -> from).orElse("?");
        return name + " " + resource + " (" + where + ")";
    }
}
