package io.tandem.api;

import io.tandem.attrd.AttributeSnapshot;
import io.tandem.cib.Cib;
import io.tandem.cib.Clone;
import io.tandem.cib.Constraint;
import io.tandem.cib.Group;
import io.tandem.cib.Location;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.cib.Score;
import io.tandem.scheduler.ClusterStatus;
import io.tandem.scheduler.NodeHistory;
import io.tandem.scheduler.NodeStatus;
import io.tandem.scheduler.ResourceStatus;
import io.tandem.scheduler.Unpacker;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /metrics}: the cluster in Prometheus text format, with ha_cluster_exporter's metric names and
 * labels so that its Grafana dashboards and alert rules work unchanged. Pure: CIB, view and time in.
 */
final class Metrics {

    private static final String P = "ha_cluster_pacemaker_";
    private static final String C = "ha_cluster_corosync_";

    private Metrics() {
    }

    static String render(Cib cib, ClusterMembership view, List<AttributeSnapshot> attributes, Instant now) {
        ClusterStatus s = Unpacker.unpack(cib, now);
        StringBuilder out = new StringBuilder();
        nodes(out, s);
        nodeAttributes(out, s);
        resources(out, s);
        failCounts(out, s);
        locations(out, cib);
        gauge(out, P + "stonith_enabled", "Whether fencing is enabled", s.options().stonithEnabled() ? 1 : 0);
        gauge(out, P + "maintenance_mode_enabled", "Whether the cluster is in maintenance mode",
                s.options().maintenanceMode() ? 1 : 0);
        gauge(out, P + "config_last_change", "Unix time of the last configuration change", lastWritten(cib));
        corosync(out, view);
        return out.toString();
    }

    private static void nodes(StringBuilder out, ClusterStatus s) {
        help(out, P + "nodes", "The nodes in the cluster, one line per status that applies");
        for (NodeStatus n : s.nodes()) {
            Map<String, Boolean> flags = new java.util.LinkedHashMap<>();
            flags.put("online", n.online());
            flags.put("standby", n.standby());
            flags.put("standby_onfail", n.standbyOnFail());
            flags.put("maintenance", n.maintenance());
            flags.put("pending", n.pending());
            flags.put("unclean", n.unclean());
            flags.put("shutdown", n.shutdown());
            flags.put("expected_up", n.expectedUp());
            flags.put("dc", n.isDc());
            String type = "member".equals(n.type()) || n.type() == null || n.type().isEmpty() ? "member" : n.type();
            flags.forEach((status, on) -> {
                if (on) {
                    line(out, P + "nodes", 1, "node", n.uname(), "type", type, "status", status);
                }
            });
        }
    }

    private static void nodeAttributes(StringBuilder out, ClusterStatus s) {
        help(out, P + "node_attributes", "Node attributes (permanent and transient), value as a label");
        for (NodeStatus n : s.nodes()) {
            n.attributes().entrySet().stream().filter(e -> !e.getKey().startsWith("#"))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> line(out, P + "node_attributes", 1, "node", n.uname(), "name", e.getKey(),
                            "value", e.getValue()));
        }
    }

    private static void resources(StringBuilder out, ClusterStatus s) {
        help(out, P + "resources", "Resource instances by node, role and status");
        help(out, P + "migration_threshold", "migration-threshold of each resource on each node it ran on");
        StringBuilder thresholds = new StringBuilder();
        for (Primitive p : s.cib().configuration().allPrimitives()) {
            Optional<Resource> top = s.cib().configuration().topParentOf(p.id());
            String group = "";
            String clone = "";
            if (top.isPresent() && top.get() instanceof Clone c) {
                clone = c.id();
                group = c.selfAndDescendants().stream().filter(r -> r instanceof Group).map(Resource::id)
                        .findFirst().orElse("");
            } else if (top.isPresent() && top.get() instanceof Group g) {
                group = g.id();
            }
            boolean managed = !"false".equalsIgnoreCase(meta(s, p, top, "is-managed").orElse("true"))
                    && !s.options().maintenanceMode();
            String agent = p.agentSpec();
            int threshold = Score.parse(meta(s, p, top, "migration-threshold").orElse("INFINITY"));
            boolean any = false;
            for (ResourceStatus rs : s.historiesOf(p.id())) {
                for (NodeHistory h : rs.byNode().values()) {
                    line(thresholds, P + "migration_threshold", threshold, "node", h.node(), "resource", p.id());
                    if (!h.active() && !h.failed()) {
                        continue;
                    }
                    any = true;
                    line(out, P + "resources", 1, "node", h.node(), "resource", p.id(),
                            "role", h.role().text().toLowerCase(Locale.ROOT), "managed", Boolean.toString(managed),
                            "status", h.failed() ? "failed" : "active", "agent", agent, "group", group, "clone", clone);
                }
            }
            if (!any) {
                line(out, P + "resources", 1, "node", "", "resource", p.id(), "role", "stopped",
                        "managed", Boolean.toString(managed), "status", "stopped", "agent", agent, "group", group,
                        "clone", clone);
            }
        }
        out.append(thresholds);
    }

    private static Optional<String> meta(ClusterStatus s, Primitive p, Optional<Resource> top, String name) {
        return p.meta(name).or(() -> top.flatMap(t -> t.meta(name)))
                .or(() -> s.cib().configuration().rscDefaults().orElse(List.of()).stream()
                        .filter(set -> set.rule().isEmpty()).map(set -> set.get(name))
                        .flatMap(Optional::stream).findFirst());
    }

    private static void failCounts(StringBuilder out, ClusterStatus s) {
        help(out, P + "fail_count", "Fail-count of each resource on each node (sum over operations)");
        s.failCounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(r ->
                r.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(n ->
                        line(out, P + "fail_count", n.getValue().total(), "node", n.getKey(), "resource", r.getKey())));
    }

    private static void locations(StringBuilder out, Cib cib) {
        help(out, P + "location_constraints", "Location constraints with a node and a score (the value)");
        for (Constraint c : cib.configuration().constraints()) {
            if (c instanceof Location l && l.node() != null && !l.node().isEmpty() && l.score() != null
                    && Score.isValid(l.score())) {
                line(out, P + "location_constraints", Score.parse(l.score()), "constraint", l.id(),
                        "node", l.node(), "resource", Optional.ofNullable(l.rsc()).orElse(""),
                        "role", Optional.ofNullable(l.role()).orElse(""));
            }
        }
    }

    private static void corosync(StringBuilder out, ClusterMembership v) {
        gauge(out, C + "quorate", "Whether this partition is quorate", v.quorate() ? 1 : 0);
        help(out, C + "quorum_votes", "Votes: expected, total and the quorum");
        line(out, C + "quorum_votes", v.expectedVotes(), "type", "expected_votes");
        line(out, C + "quorum_votes", v.totalVotes(), "type", "total_votes");
        line(out, C + "quorum_votes", v.expectedVotes() / 2 + 1, "type", "quorum");
        help(out, C + "member_votes", "Votes of each member of this partition");
        for (ClusterMembership.Member m : v.members()) {
            line(out, C + "member_votes", 1, "node_id", Integer.toString(m.id()), "node", m.name(),
                    "local", Boolean.toString(m.name().equals(v.localNode())));
        }
    }

    private static long lastWritten(Cib cib) {
        String w = cib.attr("cib-last-written");
        if (w == null || w.isBlank()) {
            return 0;
        }
        try {
            // Pacemaker writes ctime format: "Wed Nov 25 01:31:18 2026"
            return ZonedDateTime.parse(w.strip().replaceAll("\\s+", " ") + " UTC",
                    DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy z", Locale.ROOT)).toEpochSecond();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        help(out, name, help);
        out.append(name).append(' ').append(value).append('\n');
    }

    private static void help(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void line(StringBuilder out, String name, long value, String... labels) {
        out.append(name).append('{');
        for (int i = 0; i < labels.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
        }
        out.append("} ").append(value).append('\n');
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
