package io.tandem.crm.mon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What crm_mon prints for a clone: instances that need a line of their own (unique, failed, unmanaged,
 * pending, partially active, or every one with -R), then the collapsed "Promoted: [ ... ]",
 * "Started: [ ... ]"/"Unpromoted: [ ... ]" and, with -r, "Stopped: [ ... ]" lists.
 *
 * @param lines strings (collapsed list items) or instance views (printed in full)
 */
record CloneLines(String header, List<Object> lines) {

    boolean isEmpty() {
        return lines.isEmpty() && header.isEmpty();
    }

    static CloneLines of(CloneView c, MonOptions opts) {
        List<Object> lines = new ArrayList<>();
        List<String> promoted = new ArrayList<>();
        List<String> started = new ArrayList<>();
        Set<String> running = new LinkedHashSet<>();
        for (ResourceView i : c.instances()) {
            running.addAll(nodesOf(i));
            boolean partially = i.partiallyActive();
            boolean full = opts.detail();
            if (c.unique()) {
                full = full || partially || !orphan(i);
            } else if (pendingNonProbe(i)) {
                full = true;
            } else if (!partially) {
                // Listed under "Stopped" below.
            } else if (orphan(i) || !managed(i) || failed(i)) {
                full = true;
            } else if (fullyActive(i)) {
                List<String> where = nodesOf(i);
                if (where.size() == 1) {
                    if (uncleanOffline(i)) {
                        full = true;
                    } else if (role(i).equals("Promoted")) {
                        promoted.add(where.get(0));
                    } else {
                        started.add(where.get(0));
                    }
                } else {
                    full = true;
                }
            } else {
                full = true;
            }
            if (full) {
                lines.add(i);
            }
        }
        String header = header(c);
        if (opts.detail()) {
            return new CloneLines(header, lines);
        }
        promoted.sort(NodeOrder.NAMES);
        started.sort(NodeOrder.NAMES);
        if (!promoted.isEmpty()) {
            lines.add("Promoted: [ " + String.join(" ", promoted) + " ]");
        }
        if (!started.isEmpty()) {
            if (c.promotable()) {
                boolean unpromotedTarget = c.targetRole()
                        .map(r -> io.tandem.scheduler.Role.parse(r) == io.tandem.scheduler.Role.UNPROMOTED)
                        .orElse(false);
                lines.add("Unpromoted" + (unpromotedTarget ? " (target-role)" : "") + ": [ "
                        + String.join(" ", started) + " ]");
            } else {
                lines.add("Started: [ " + String.join(" ", started) + " ]");
            }
        }
        // Stopped nodes are listed only when some (non-orphan) instance is inactive.
        boolean anyInactive = c.instances().stream().anyMatch(i -> !i.partiallyActive() && !orphan(i));
        if (opts.inactive() && !c.unique() && anyInactive) {
            Map<String, List<String>> byState = new TreeMap<>();
            for (String node : c.allowedNodes()) {
                if (running.contains(node)) {
                    continue;
                }
                String state = c.disabled() ? "Stopped (disabled)" : "Stopped";
                byState.computeIfAbsent(state, k -> new ArrayList<>()).add(node);
            }
            byState.forEach((state, nodes) -> {
                nodes.sort(NodeOrder.NAMES);
                lines.add(state + ": [ " + String.join(" ", nodes) + " ]");
            });
        }
        return new CloneLines(header, lines);
    }

    static String header(CloneView c) {
        List<String> flags = new ArrayList<>();
        if (c.promotable()) {
            flags.add("promotable");
        }
        if (c.unique()) {
            flags.add("unique");
        }
        if (!c.managed()) {
            flags.add("unmanaged");
        }
        if (c.disabled()) {
            flags.add("disabled");
        }
        return "Clone Set: " + c.id() + " [" + c.childId() + "]" + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")");
    }

    private static List<String> nodesOf(ResourceView i) {
        List<String> out = new ArrayList<>();
        for (PrimitiveView p : prims(i)) {
            for (String n : p.nodes()) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static List<PrimitiveView> prims(ResourceView i) {
        List<PrimitiveView> prims = new ArrayList<>();
        ClusterViews.collect(i, prims);
        return prims;
    }

    private static boolean orphan(ResourceView i) {
        return prims(i).stream().anyMatch(PrimitiveView::orphan);
    }

    private static boolean managed(ResourceView i) {
        return prims(i).stream().allMatch(PrimitiveView::managed);
    }

    private static boolean failed(ResourceView i) {
        return prims(i).stream().anyMatch(PrimitiveView::failed);
    }

    private static boolean pendingNonProbe(ResourceView i) {
        return prims(i).stream().anyMatch(p -> p.pendingTask().isPresent());
    }

    private static boolean fullyActive(ResourceView i) {
        return prims(i).stream().allMatch(PrimitiveView::active);
    }

    private static boolean uncleanOffline(ResourceView i) {
        return prims(i).stream().anyMatch(PrimitiveView::uncleanNode);
    }

    private static String role(ResourceView i) {
        return prims(i).stream().map(PrimitiveView::role).filter("Promoted"::equals).findFirst().orElse("Started");
    }
}
