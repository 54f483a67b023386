package io.tandem.crm.mon;

import java.time.ZoneId;
import java.util.List;

/** Renders a {@link ClusterView} as {@code crm_mon --output-as=xml} (API 2.25): every section. */
public final class MonXml {

    private final XmlOut x = new XmlOut();
    private final MonTime time;

    private MonXml(ZoneId zone) {
        this.time = new MonTime(zone);
    }

    /** @param request the command line echoed in {@code <pacemaker-result request=...>} */
    public static String render(ClusterView v, MonOptions opts, ZoneId zone, String request) {
        MonXml m = new MonXml(zone);
        m.x.open("pacemaker-result", "api-version", "2.25", "request", request);
        m.summary(v.summary());
        m.nodes(v);
        m.resources(v);
        m.attributes(v);
        m.history(v);
        m.failures(v);
        m.tickets(v);
        m.bans(v);
        m.x.empty("status", "code", "0", "message", "OK");
        m.x.close("pacemaker-result");
        return m.x.toString();
    }

    private static String b(boolean v) {
        return v ? "true" : "false";
    }

    private void summary(ClusterSummary s) {
        x.open("summary");
        x.empty("stack", "type", s.stack());
        if (s.dc().isPresent()) {
            NodeView dc = s.dc().get();
            x.empty("current_dc", "present", "true", "version", s.dcVersion().equals("unknown") ? "" : s.dcVersion(), "name", dc.name(), "id", dc.id(),
                    "with_quorum", b(s.quorum()), "mixed_version", b(s.mixedVersion()));
        } else {
            x.empty("current_dc", "present", "false");
        }
        x.empty("last_update", "time", time.ctime(s.lastUpdated()));
        x.empty("last_change", "time", s.lastWritten().orElse(""), "user", s.updateUser().orElse(""), "client",
                s.updateClient().orElse(""), "origin", s.updateOrigin().orElse(""));
        x.empty("nodes_configured", "number", Integer.toString(s.nodes()));
        x.empty("resources_configured", "number", Integer.toString(s.instances()), "disabled",
                Integer.toString(s.disabled()), "blocked", Integer.toString(s.blocked()));
        String[] opts = new String[s.options().size() * 2];
        int i = 0;
        for (String k : List.of("stonith-enabled", "symmetric-cluster", "no-quorum-policy", "maintenance-mode",
                "stop-all-resources", "stonith-timeout-ms", "priority-fencing-delay-ms")) {
            opts[i++] = k;
            opts[i++] = s.options().get(k);
        }
        x.empty("cluster_options", opts);
        x.close("summary");
    }

    private void nodes(ClusterView v) {
        x.open("nodes");
        for (NodeView n : v.nodes()) {
            x.empty("node", "name", n.name(), "id", n.id(), "online", b(n.online()), "standby", b(n.standby()),
                    "standby_onfail", b(n.standbyOnFail()), "maintenance", b(n.maintenance()), "pending",
                    b(n.pending()), "unclean", b(n.unclean()), "health", "green", "feature_set",
                    n.featureSet().orElse(null), "shutdown", b(n.shutdown()), "expected_up", b(n.expectedUp()),
                    "is_dc", b(n.isDc()), "resources_running", Integer.toString(n.resourcesRunning()), "type",
                    n.type());
        }
        x.close("nodes");
    }

    private void resources(ClusterView v) {
        if (v.resources().isEmpty()) {
            return;
        }
        x.open("resources");
        for (ResourceView r : v.resources()) {
            if (r instanceof PrimitiveView p && p.orphan() && !p.active()) {
                continue;
            }
            resource(r, v);
        }
        x.close("resources");
    }

    private void resource(ResourceView r, ClusterView v) {
        switch (r) {
            case PrimitiveView p -> primitive(p, v);
            case GroupView g -> {
                x.open("group", "id", g.id(), "number_resources", Integer.toString(g.members().size()), "managed",
                        b(g.managed()), "disabled", b(g.disabled()));
                g.members().forEach(m -> primitive(m, v));
                x.close("group");
            }
            case CloneView c -> {
                boolean ignored = c.instances().stream().anyMatch(i -> i instanceof PrimitiveView p && p.failureIgnored());
                x.open("clone", "id", c.id(), "multi_state", b(c.promotable()), "unique", b(c.unique()), "managed",
                        b(c.managed()), "disabled", b(c.disabled()), "failed", "false", "failure_ignored",
                        b(ignored), "target_role", c.targetRole().orElse(null));
                c.instances().forEach(i -> resource(i, v));
                x.close("clone");
            }
        }
    }

    private void primitive(PrimitiveView p, ClusterView v) {
        String[] attrs = {"id", p.displayId(), "resource_agent", p.agent(), "role", PrimitiveLine.state(p),
            "target_role", p.targetRole().orElse(null), "active", b(p.active()), "orphaned", b(p.orphan()),
            "blocked", b(p.blocked()), "maintenance", p.maintenance() ? "true" : null, "managed", b(p.managed()),
            "failed", b(p.failed()), "failure_ignored", b(p.failureIgnored()), "nodes_running_on",
            Integer.toString(p.nodes().size()), "pending", p.pendingTask().filter("monitor"::equals).map(t -> "Monitoring").orElse(null), "description",
            p.description().orElse(null)};
        if (p.nodes().isEmpty()) {
            x.empty("resource", attrs);
            return;
        }
        x.open("resource", attrs);
        for (String n : p.nodes()) {
            String id = v.nodes().stream().filter(nv -> nv.name().equals(n)).map(NodeView::id).findFirst().orElse(n);
            x.empty("node", "name", n, "id", id, "cached", "true");
        }
        x.close("resource");
    }

    private void attributes(ClusterView v) {
        if (v.nodeAttributes().isEmpty()) {
            return;
        }
        x.open("node_attributes");
        for (NodeAttributesView na : v.nodeAttributes()) {
            x.open("node", "name", na.node().name());
            for (NodeAttributesView.Attribute a : na.attributes()) {
                x.empty("attribute", "name", a.name(), "value", a.value(), "expected",
                        a.expected().map(String::valueOf).orElse(null));
            }
            x.close("node");
        }
        x.close("node_attributes");
    }

    private void history(ClusterView v) {
        if (v.history().stream().allMatch(h -> h.resources().isEmpty())) {
            x.empty("node_history");
            return;
        }
        x.open("node_history");
        for (NodeHistoryView h : v.history()) {
            if (h.resources().isEmpty()) {
                continue;
            }
            x.open("node", "name", h.node().name());
            for (NodeHistoryView.ResourceHistory r : h.resources()) {
                x.open("resource_history", "id", r.id(), "orphan", b(r.orphan()), "migration-threshold",
                        Integer.toString(r.migrationThreshold()), "fail-count",
                        r.failCount() > 0 ? Integer.toString(r.failCount()) : null, "last-failure",
                        r.lastFailure() > 0 ? time.ctime(r.lastFailure()) : null);
                for (NodeHistoryView.Operation op : r.operations()) {
                    x.empty("operation_history", "call", op.call(), "task", op.task(), "rc", Integer.toString(op.rc()),
                            "rc_text", OcfText.exitCode(op.rc()), "interval",
                            op.intervalMs() > 0 ? op.intervalMs() + "ms" : null, "last-rc-change",
                            op.lastRcChange().map(time::ctime).orElse(null), "exec-time",
                            op.execTime().map(e -> e + "ms").orElse(null), "queue-time",
                            op.queueTime().map(q -> q + "ms").orElse(null));
                }
                x.close("resource_history");
            }
            x.close("node");
        }
        x.close("node_history");
    }

    private void failures(ClusterView v) {
        if (v.failedActions().isEmpty()) {
            return;
        }
        x.open("failures");
        for (FailedActionView f : v.failedActions()) {
            boolean timed = f.lastRcChange().isPresent();
            x.empty("failure", f.hasOperationKey() ? "op_key" : "id", f.opKey(), "node", f.node(), "exitstatus",
                    OcfText.exitCode(f.rc()), "exitreason", f.exitReason().orElse("none"), "exitcode",
                    Integer.toString(f.rc()), "call", f.callId().orElse(""), "status", OcfText.execStatus(f.status()),
                    "last-rc-change", f.lastRcChange().map(MonTime::iso).orElse(null), "queued",
                    timed ? f.queueTime().orElse(null) : null, "exec", timed ? f.execTime().orElse(null) : null,
                    "interval", timed ? Long.toString(f.intervalMs()) : null, "task", timed ? f.task() : null);
        }
        x.close("failures");
    }

    private void tickets(ClusterView v) {
        if (v.tickets().isEmpty()) {
            return;
        }
        x.open("tickets");
        for (TicketView t : v.tickets()) {
            x.empty("ticket", "id", t.id(), "status", t.granted() ? "granted" : "revoked", "standby", b(t.standby()),
                    "last-granted", t.lastGranted().map(time::ctime).orElse(null));
        }
        x.close("tickets");
    }

    private void bans(ClusterView v) {
        if (v.bans().isEmpty()) {
            return;
        }
        x.open("bans");
        for (BanView b : v.bans()) {
            x.empty("ban", "id", b.id(), "resource", b.rsc(), "node", b.node(), "weight", Integer.toString(b.weight()),
                    "promoted-only", b(b.promotedOnly()), "master_only", b(b.promotedOnly()));
        }
        x.close("bans");
    }
}
