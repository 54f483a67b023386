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

    /** One line before padding. */
    private record Item(String change, String rsc, String details, String reason) {
    }

    private final List<Item> items = new ArrayList<>();
    private Role role = Role.STOPPED;
    private Role nextRole = Role.STOPPED;

    /**
     * Pacemaker's column widths grow while lines are formatted and crm_simulate formats the summary
     * twice, so every line is padded to the widths reached over all lines.
     */
    static List<String> write(Units units, ActionPlanner plan) {
        SummaryWriter w = collect(units, plan);
        for (Item i : w.items) {
            w.grow(i);
        }
        for (Item i : w.items) {
            w.grow(i);
            w.lines.add(String.format("%-8s   %-" + w.rscWidth + "s   ( %" + w.detailWidth + "s )%s%s", i.change(),
                    i.rsc(), i.details(), i.reason() != null ? "  " : "", i.reason() != null ? i.reason() : ""));
        }
        return List.copyOf(w.lines);
    }

    private void grow(Item i) {
        if (i.rsc().length() > rscWidth) {
            rscWidth = i.rsc().length() + 2;
        }
        if (i.details().length() > detailWidth) {
            detailWidth = i.details().length();
        }
    }

    private static SummaryWriter collect(Units units, ActionPlanner plan) {
        SummaryWriter w = new SummaryWriter();
        for (PlannedAction f : plan.fences.values()) {
            String action = f.rsc.substring(f.rsc.lastIndexOf('-') + 1);
            w.lines.add("Fence (" + action + ") " + f.node + " '" + f.reason + "'");
        }
        for (Unit u : units.units()) {
            w.unit(u, plan);
        }
        return w;
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
        Role role = u.role();
        Role nextRole = u.nextRole();
        this.role = role;
        this.nextRole = nextRole;
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
        } else if (role == Role.PROMOTED) {
            item("Demote", u, current, next, start, null);
        } else if (nextRole == Role.PROMOTED) {
            item("Promote", u, current, next, start, null);
        } else if (role == Role.STOPPED && nextRole.isActive()) {
            item("Start", u, current, next, start, null);
        }
    }

    private void item(String change, Unit u, String origin, String destination, PlannedAction action,
            PlannedAction source) {
        if (source == null) {
            source = action;
        }
        boolean needRole = role.compareTo(Role.STARTED) > 0 || nextRole.compareTo(Role.UNPROMOTED) > 0;
        boolean sameHost = origin != null && origin.equals(destination);
        boolean sameRole = role == nextRole;
        String details;
        if (needRole && origin == null) {
            details = role.text() + " -> " + nextRole.text() + " " + destination;
        } else if (origin == null) {
            details = destination;
        } else if (needRole && destination == null) {
            details = role.text() + " " + origin;
        } else if (destination == null) {
            details = origin;
        } else if (needRole && sameRole && sameHost) {
            details = role.text() + " " + origin;
        } else if (sameRole && sameHost) {
            details = origin;
        } else if (needRole && sameRole) {
            details = origin + " -> " + destination + " " + role.text();
        } else if (sameRole) {
            details = origin + " -> " + destination;
        } else if (sameHost) {
            details = role.text() + " -> " + nextRole.text() + " " + origin;
        } else {
            details = role.text() + " " + origin + " -> " + nextRole.text() + " " + destination;
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
        items.add(new Item(change, u.id, details, reason));
    }
}
