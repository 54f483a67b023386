package io.tandem.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Transition Summary lines, decided per primitive instance as Pacemaker's LogActions does and
 * padded as its rsc-action-item message pads them (column widths grow as lines are printed).
 */
final class SummaryWriter {

    private int rscWidth = 5;
    private int detailWidth = 5;
    private final List<String> lines = new ArrayList<>();

    static List<String> write(Units units, ActionPlanner plan) {
        SummaryWriter w = new SummaryWriter();
        for (PlannedAction f : plan.fences.values()) {
            String action = f.rsc.substring(f.rsc.lastIndexOf('-') + 1);
            w.lines.add("Fence (" + action + ") " + f.node + " '" + f.reason + "'");
        }
        for (Unit u : units.units()) {
            w.unit(u, plan);
        }
        return List.copyOf(w.lines);
    }

    private void unit(Unit u, ActionPlanner plan) {
        String current = u.currentNode();
        String next = u.assigned;
        if (current == null && u.orphan) {
            return;
        }
        if (!u.managed() || (current == null && next == null)) {
            return;
        }
        PlannedAction start = plan.starts.get(u);
        Map<String, PlannedAction> stops = plan.stops.getOrDefault(u, Map.of());
        String startNode = (start == null || !start.runnable) ? null : current;
        PlannedAction stop = startNode != null ? stops.get(startNode) : stops.values().stream().findFirst().orElse(null);
        boolean moving = current != null && next != null && !current.equals(next);
        Role role = current != null ? Role.STARTED : Role.STOPPED;
        Role nextRole = next != null ? Role.STARTED : Role.STOPPED;
        if (role == nextRole) {
            if (start == null || start.optional) {
                return;
            }
            if (!start.runnable) {
                item("Stop", u, current, null, stop != null ? stop : start,
                        stop != null && stop.reason != null ? stop : start);
            } else if (moving && u.migrating && start.runnable) {
                item("Migrate", u, current, next, start, null);
            } else if (moving) {
                item(u.failed ? "Recover" : "Move", u, current, next, stop, null);
            } else if (u.failed) {
                item("Recover", u, current, null, stop, null);
            } else {
                item("Restart", u, current, next, start, null);
            }
            return;
        }
        if (stop != null && (nextRole == Role.STOPPED || (start != null && !start.runnable))) {
            for (String node : u.current) {
                PlannedAction so = stops.get(node);
                item("Stop", u, node, null, so, so != null && so.reason != null ? so : start);
            }
        } else if (stop != null && u.failed && !stop.optional) {
            item("Recover", u, current, next, stop, start);
        } else if (moving) {
            item("Move", u, current, next, stop, null);
        } else if (stop != null && !stop.optional) {
            item("Restart", u, current, next, start, null);
        } else if (role == Role.STOPPED && nextRole == Role.STARTED) {
            item("Start", u, current, next, start, null);
        }
    }

    private void item(String change, Unit u, String origin, String destination, PlannedAction action,
            PlannedAction source) {
        if (source == null) {
            source = action;
        }
        int len = u.id.length();
        if (len > rscWidth) {
            rscWidth = len + 2;
        }
        String details;
        if (origin == null) {
            details = destination;
        } else if (destination == null) {
            details = origin;
        } else if (origin.equals(destination)) {
            details = origin;
        } else {
            details = origin + " -> " + destination;
        }
        if (details.length() > detailWidth) {
            detailWidth = details.length();
        }
        boolean runnable = action == null || action.runnable;
        String reason = null;
        String why = source == null ? null : source.reason;
        if (why != null && !runnable) {
            reason = "due to " + why + " (blocked)";
        } else if (why != null) {
            reason = "due to " + why;
        } else if (!runnable) {
            reason = "blocked";
        }
        lines.add(String.format("%-8s   %-" + rscWidth + "s   ( %" + detailWidth + "s )%s%s", change, u.id, details,
                reason != null ? "  " : "", reason != null ? reason : ""));
    }
}
