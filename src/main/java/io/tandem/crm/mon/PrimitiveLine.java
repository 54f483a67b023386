package io.tandem.crm.mon;

import java.util.ArrayList;
import java.util.List;

/** One primitive's line: "id\t(agent):\t Started node1 (flags)", as pcmk__native_output_string builds it. */
final class PrimitiveLine {

    private PrimitiveLine() {
    }

    static String of(PrimitiveView p, boolean showNodes) {
        return of(p, showNodes, false);
    }

    /** @param rscOnly under a node (crm_mon -n): no node names */
    static String of(PrimitiveView p, boolean showNodes, boolean rscOnly) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.displayId()).append("\t(").append(p.agent()).append("):\t");
        boolean multiple = p.nodes().size() > 1;
        String node = !multiple && !p.nodes().isEmpty() && !rscOnly ? p.nodes().get(0) : null;
        showNodes &= !rscOnly;
        if (p.orphan()) {
            sb.append(" ORPHANED");
        }
        if (p.failed()) {
            sb.append(" FAILED");
            if (p.role().equals("Promoted")) {
                sb.append(" Promoted");
            }
        } else {
            sb.append(' ').append(state(p));
        }
        if (node != null) {
            sb.append(' ').append(node);
        }
        List<String> flags = new ArrayList<>();
        if (p.uncleanNode()) {
            flags.add("UNCLEAN");
        }
        p.pendingTask().filter(t -> t.equals("monitor")).ifPresent(t -> flags.add("Monitoring"));
        p.targetRole().ifPresent(tr -> {
            io.tandem.scheduler.Role r = io.tandem.scheduler.Role.parse(tr);
            if (r == io.tandem.scheduler.Role.STOPPED) {
                flags.add("disabled");
            } else if (r == io.tandem.scheduler.Role.UNPROMOTED && promotableInstance(p)) {
                flags.add("target-role:" + tr);
            }
        });
        if (p.blocked()) {
            flags.add("blocked");
        } else if (p.maintenance()) {
            flags.add("maintenance");
        } else if (!p.managed()) {
            flags.add("unmanaged");
        }
        if (p.failureIgnored()) {
            flags.add("failure ignored");
        }
        if (!flags.isEmpty()) {
            sb.append(" (").append(String.join(", ", flags)).append(')');
        }
        if (rscOnly) {
            p.description().ifPresent(d -> sb.append(" (").append(d).append(')'));
        }
        if (multiple && showNodes) {
            sb.append(" [ ").append(String.join(" ", p.nodes())).append(" ]");
        }
        return sb.toString();
    }

    private static boolean promotableInstance(PrimitiveView p) {
        return p.role().equals("Promoted") || p.role().equals("Unpromoted");
    }

    /** The displayed state: a pending start/stop/... as "Starting", else the role. */
    static String state(PrimitiveView p) {
        if (p.pendingTask().isPresent()) {
            switch (p.pendingTask().get()) {
                case "start":
                    return "Starting";
                case "stop":
                    return "Stopping";
                case "migrate_to", "migrate_from":
                    return "Migrating";
                case "promote":
                    return "Promoting";
                case "demote":
                    return "Demoting";
                default:
                    break;
            }
        }
        return p.role();
    }
}
