package io.tandem.scheduler;

/**
 * An action while the run builds the graph: flags settle as orderings propagate (Pacemaker's
 * optional/runnable), then it is frozen into a {@link io.tandem.transition.Action}.
 */
final class PlannedAction {
    final String rsc;
    final String task;
    final long intervalMs;
    final String node;
    final boolean pseudo;
    final Unit unit;
    boolean optional;
    boolean runnable = true;
    String reason;
    int id = -1;

    PlannedAction(Unit unit, String rsc, String task, long intervalMs, String node, boolean pseudo, boolean optional) {
        this.unit = unit;
        this.rsc = rsc;
        this.task = task;
        this.intervalMs = intervalMs;
        this.node = node;
        this.pseudo = pseudo;
        this.optional = optional;
    }

    String key() {
        return io.tandem.transition.Action.opKey(rsc, task, intervalMs);
    }

    @Override
    public String toString() {
        return key() + (node == null ? "" : "@" + node) + (optional ? "?" : "") + (runnable ? "" : "!");
    }
}
