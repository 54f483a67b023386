package io.tandem.cli;

import io.tandem.cib.Clone;
import io.tandem.cib.Group;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.scheduler.ClusterStatus;
import io.tandem.scheduler.NodeHistory;
import io.tandem.scheduler.NodeStatus;
import io.tandem.scheduler.ResourceStatus;
import io.tandem.scheduler.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The crm_mon-style "cluster status" blocks crm_simulate prints before and after the transition. */
final class CrmSimulateStatus {

    private CrmSimulateStatus() {
    }

    /** Pacemaker sorts node names with numbers compared numerically (node2 before node10). */
    static final Comparator<String> NODE_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                long p = Long.parseLong(a.substring(si, Math.min(i, si + 18)));
                long q = Long.parseLong(b.substring(sj, Math.min(j, sj + 18)));
                if (p != q) {
                    return Long.compare(p, q);
                }
                continue;
            }
            int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    static void print(ClusterStatus s, StringBuilder out) {
        out.append("  * Node List:\n");
        List<NodeStatus> nodes = new ArrayList<>(s.nodes());
        nodes.sort(Comparator.comparing(NodeStatus::uname, NODE_ORDER));
        List<String> online = new ArrayList<>();
        List<String> offline = new ArrayList<>();
        for (NodeStatus n : nodes) {
            String special = null;
            if (n.unclean()) {
                special = n.online() ? "UNCLEAN (online)" : "UNCLEAN (offline)";
            } else if (n.pending()) {
                special = "pending";
            } else if (n.online() && n.standby()) {
                special = active(s, n.uname()) ? "standby (with active resources)" : "standby";
            } else if (!n.online() && n.standby()) {
                special = "OFFLINE (standby)";
            } else if (n.maintenance()) {
                special = n.online() ? "maintenance" : "OFFLINE (maintenance)";
            }
            if (special != null) {
                out.append("    * Node ").append(n.uname()).append(": ").append(special).append('\n');
            } else if (n.online()) {
                online.add(n.uname());
            } else {
                offline.add(n.uname());
            }
        }
        if (!online.isEmpty()) {
            out.append("    * Online: [ ").append(String.join(" ", online)).append(" ]\n");
        }
        if (!offline.isEmpty()) {
            out.append("    * OFFLINE: [ ").append(String.join(" ", offline)).append(" ]\n");
        }
        out.append("\n  * Full List of Resources:\n");
        // Pacemaker lists resources as it sorts them at unpack: by priority, highest first.
        List<Resource> rs = new ArrayList<>(s.cib().configuration().resources());
        rs.removeIf(r -> r instanceof io.tandem.cib.Template);
        rs.sort(Comparator.comparingInt(r -> -io.tandem.cib.Score.parse(meta(s, r, "priority"))));
        if (rs.isEmpty()) {
            out.append("    * No resources\n");
        }
        for (Resource r : rs) {
            switch (r) {
                case Primitive p -> primitive(s, p, p.id(), "    ", out);
                case Group g -> {
                    out.append("    * Resource Group: ").append(g.id()).append(disabled(g) ? " (disabled)" : "")
                            .append(":\n");
                    for (Primitive p : g.members()) {
                        primitive(s, p, p.id(), "      ", out);
                    }
                }
                case Clone c -> clone(s, c, out);
                default -> {
                }
            }
        }
        for (ResourceStatus r : s.resources().values()) {
            if (r.orphan() && !r.activeOn().isEmpty()) {
                NodeHistory h = r.byNode().get(r.activeOn().get(0));
                out.append("    * ").append(r.id()).append("\t(").append(agent(h)).append("):\t ORPHANED ")
                        .append(r.failed() ? "FAILED " : "Started ").append(String.join(" ", r.activeOn()))
                        .append('\n');
            }
        }
    }

    /** A meta attribute of a resource, falling back to rsc_defaults. */
    private static String meta(ClusterStatus s, Resource r, String name) {
        return r.meta(name).orElseGet(() -> io.tandem.rules.NvSets.resolve(
                s.cib().configuration().rscDefaults().orElse(List.of()), io.tandem.cib.NvSet.META,
                io.tandem.rules.RuleContext.at(s.now())).get(name));
    }

    private static String agent(NodeHistory h) {
        return h.agentClass() + (h.agentProvider() == null ? "" : ":" + h.agentProvider()) + ":" + h.agentType();
    }

    private static boolean active(ClusterStatus s, String node) {
        for (ResourceStatus r : s.resources().values()) {
            NodeHistory h = r.byNode().get(node);
            if (h != null && h.active()) {
                return true;
            }
        }
        return false;
    }

    private static boolean disabled(Resource r) {
        return r.meta("target-role").map(v -> Role.parse(v) == Role.STOPPED).orElse(false);
    }

    private static void primitive(ClusterStatus s, Primitive p, String id, String indent, StringBuilder out) {
        List<String> on = new ArrayList<>();
        boolean failed = false;
        boolean anyUnmanaged = false;
        for (ResourceStatus r : s.historiesOf(p.id())) {
            if (!r.id().equals(id)) {
                continue;
            }
            on.addAll(r.activeOn());
            failed |= r.failed();
        }
        boolean managed = !p.meta("is-managed").map(v -> !io.tandem.scheduler.ClusterOptions.isTrue(v)).orElse(false)
                && !s.options().maintenanceMode();
        anyUnmanaged = !managed;
        out.append(indent).append("* ").append(id).append("\t(").append(p.agentSpec()).append("):\t ");
        if (on.isEmpty()) {
            out.append("Stopped");
            if (disabled(p) || parentDisabled(s, p)) {
                out.append(" (disabled)");
            }
        } else {
            boolean blocked = blocked(s, p, id);
            out.append(failed ? "FAILED" : "Started").append(' ');
            if (on.size() > 1 && blocked) {
                out.append("(blocked) ");
            }
            out.append(on.size() == 1 ? on.get(0) : "[ " + String.join(" ", on) + " ]");
            if (on.size() == 1 && blocked) {
                out.append(" (blocked)");
            }
            if (on.size() == 1 && s.node(on.get(0)).map(n -> n.unclean() && !n.online()).orElse(false)) {
                out.append(" (UNCLEAN)");
            }
            if (disabled(p) || parentDisabled(s, p)) {
                out.append(" (disabled)");
            }
            if (anyUnmanaged) {
                out.append(" (unmanaged)");
            }
        }
        out.append('\n');
    }

    /** A failure with on-fail=block, or multiple-active=block when active on several nodes. */
    private static boolean blocked(ClusterStatus s, Primitive p, String id) {
        for (ResourceStatus r : s.historiesOf(p.id())) {
            if (r.id().equals(id)) {
                if (r.byNode().values().stream().anyMatch(h -> h.failed()
                        && h.onFail() == io.tandem.scheduler.OnFail.BLOCK)) {
                    return true;
                }
                if (r.activeOn().size() > 1 && "block".equals(meta(s, p, "multiple-active"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean parentDisabled(ClusterStatus s, Primitive p) {
        return s.cib().configuration().topParentOf(p.id()).map(CrmSimulateStatus::disabled).orElse(false);
    }

    private static void clone(ClusterStatus s, Clone c, StringBuilder out) {
        boolean unique = c.meta("globally-unique").map(io.tandem.scheduler.ClusterOptions::isTrue).orElse(false);
        List<String> flags = new ArrayList<>();
        if (c.promotable()) {
            flags.add("promotable");
        }
        if (unique) {
            flags.add("unique");
        }
        out.append("    * Clone Set: ").append(c.id()).append(" [").append(c.child().id()).append(']');
        if (!flags.isEmpty()) {
            out.append(" (").append(String.join(", ", flags)).append(')');
        }
        if (disabled(c)) {
            out.append(" (disabled)");
        }
        out.append(":\n");
        List<Primitive> prims = c.child() instanceof Group g ? g.members() : List.of((Primitive) c.child());
        if (unique && c.child() instanceof Primitive p) {
            int max = cloneMax(s, c);
            for (int i = 0; i < max; i++) {
                primitive(s, p, p.id() + ":" + i, "      ", out);
            }
            return;
        }
        List<String> started = new ArrayList<>();
        List<String> promoted = new ArrayList<>();
        for (NodeStatus n : s.nodes()) {
            Role best = Role.STOPPED;
            boolean failed = false;
            for (Primitive p : prims) {
                for (ResourceStatus r : s.historiesOf(p.id())) {
                    NodeHistory h = r.byNode().get(n.uname());
                    if (h != null && h.active() && h.role().compareTo(best) > 0) {
                        best = h.role();
                    }
                    failed |= h != null && h.active() && h.failed();
                }
            }
            if (failed && c.child() instanceof Primitive p) {
                out.append("      * ").append(p.id()).append("\t(").append(p.agentSpec()).append("):\t FAILED ")
                        .append(n.uname()).append('\n');
            } else if (best == Role.PROMOTED) {
                promoted.add(n.uname());
            } else if (best.isActive()) {
                started.add(n.uname());
            }
        }
        started.sort(NODE_ORDER);
        promoted.sort(NODE_ORDER);
        if (!promoted.isEmpty()) {
            out.append("      * Promoted: [ ").append(String.join(" ", promoted)).append(" ]\n");
        }
        if (!started.isEmpty()) {
            out.append("      * ").append(c.promotable() ? "Unpromoted" : "Started").append(": [ ")
                    .append(String.join(" ", started)).append(" ]\n");
        }
        List<String> stopped = new ArrayList<>();
        for (NodeStatus n : s.nodes()) {
            if (!started.contains(n.uname()) && !promoted.contains(n.uname())) {
                stopped.add(n.uname());
            }
        }
        stopped.sort(NODE_ORDER);
        int max = cloneMax(s, c);
        int running = started.size() + promoted.size();
        if (!stopped.isEmpty() && running < max) {
            out.append("      * Stopped").append(disabled(c) ? " (disabled)" : "").append(": [ ")
                    .append(String.join(" ", stopped)).append(" ]\n");
        }
    }

    private static int cloneMax(ClusterStatus s, Clone c) {
        String v = meta(s, c, "clone-max");
        try {
            return v == null ? s.nodes().size() : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return s.nodes().size();
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
