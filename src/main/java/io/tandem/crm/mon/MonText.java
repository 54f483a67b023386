package io.tandem.crm.mon;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link ClusterView} as Pacemaker 2.1.5's {@code crm_mon -1} text, section by section. */
public final class MonText {

    private final MonOptions opts;
    private final MonTime time;
    private final TextList out = new TextList();
    private boolean printed;

    private MonText(MonOptions opts, ZoneId zone) {
        this.opts = opts;
        this.time = new MonTime(zone);
    }

    public static String render(ClusterView v, MonOptions opts, ZoneId zone) {
        MonText t = new MonText(opts, zone);
        t.summary(v);
        t.nodes(v);
        t.resources(v);
        t.attributes(v);
        t.failcounts(v);
        t.failedActions(v);
        t.bans(v);
        return t.out.toString();
    }

    /** Only the "Node List" and "Full List of Resources" blocks, as crm_simulate prints them. */
    public static String renderStatusBlock(ClusterView v, MonOptions opts, ZoneId zone) {
        MonText t = new MonText(opts, zone);
        t.out.begin("DUMMY");
        t.printed = false;
        t.nodes(v);
        t.resources(v);
        String s = t.out.toString();
        return s.substring(s.indexOf('\n') + 1);
    }

    private void section(String header) {
        if (printed) {
            out.spacer();
        }
        printed = true;
        out.begin(header);
    }

    private void summary(ClusterView v) {
        ClusterSummary s = v.summary();
        section("Cluster Summary");
        out.item("Stack: " + s.stack());
        if (s.dc().isPresent()) {
            out.item("Current DC: " + s.dc().get().displayName(opts.detail()) + " (version " + s.dcVersion() + ") - "
                    + (s.mixedVersion() ? "MIXED-VERSION " : "") + "partition "
                    + (s.quorum() ? "with" : "WITHOUT") + " quorum");
        } else {
            out.item("Current DC: NONE");
        }
        out.item("Last updated: " + time.ctime(s.lastUpdated()));
        out.item("Last change:  " + s.lastChange(time::ctime));
        out.item(s.nodes() + " node" + plural(s.nodes()) + " configured");
        String res = s.instances() + " resource instance" + plural(s.instances()) + " configured";
        if (s.disabled() > 0 && s.blocked() > 0) {
            res += " (" + s.disabled() + " DISABLED, " + s.blocked() + " BLOCKED from further action due to failure)";
        } else if (s.disabled() > 0) {
            res += " (" + s.disabled() + " DISABLED)";
        } else if (s.blocked() > 0) {
            res += " (" + s.blocked() + " BLOCKED from further action due to failure)";
        }
        out.item(res);
        out.end();
        if (s.maintenanceMode()) {
            out.raw("\n              *** Resource management is DISABLED ***\n"
                    + "  The cluster will not attempt to start, stop or recover services\n");
        } else if (s.stopAll()) {
            out.raw("\n    *** Resource management is DISABLED ***\n"
                    + "  The cluster will keep all resources stopped\n");
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private void nodes(ClusterView v) {
        section("Node List");
        List<String> online = new ArrayList<>();
        List<String> offline = new ArrayList<>();
        List<String> remoteOnline = new ArrayList<>();
        List<String> remoteOffline = new ArrayList<>();
        List<String> guestOnline = new ArrayList<>();
        for (NodeView n : v.nodes()) {
            String name = n.displayName(opts.detail());
            if (opts.groupByNode()) {
                StringBuilder sb = new StringBuilder(n.guest() ? "GuestNode" : n.remote() ? "RemoteNode" : "Node");
                sb.append(' ').append(name).append(": ").append(n.textStatus());
                if (opts.detail()) {
                    n.featureSet().ifPresent(f -> sb.append(", feature set ").append(f));
                }
                out.begin(sb.toString());
                out.begin("Resources");
                for (PrimitiveView p : v.running().getOrDefault(n.name(), List.of())) {
                    out.item(PrimitiveLine.of(p, false, true));
                }
                out.end();
                out.end();
            } else if (n.special() || opts.detail()) {
                StringBuilder sb = new StringBuilder(n.guest() ? "GuestNode" : n.remote() ? "RemoteNode" : "Node");
                sb.append(' ').append(name).append(": ").append(n.textStatus());
                if (opts.detail()) {
                    n.featureSet().ifPresent(f -> sb.append(", feature set ").append(f));
                }
                out.item(sb.toString());
            } else if (n.online()) {
                (n.guest() ? guestOnline : n.remote() ? remoteOnline : online).add(name);
            } else if (!n.guest()) {
                (n.remote() ? remoteOffline : offline).add(name);
            }
        }
        bracket("Online", online);
        bracket("OFFLINE", offline);
        bracket("RemoteOnline", remoteOnline);
        bracket("RemoteOFFLINE", remoteOffline);
        bracket("GuestOnline", guestOnline);
        out.end();
    }

    private void bracket(String label, List<String> names) {
        if (!names.isEmpty()) {
            out.item(label + ": [ " + String.join(" ", names) + " ]");
        }
    }

    private void resources(ClusterView v) {
        if (opts.groupByNode() && !opts.inactive()) {
            return; // the active ones are listed under their nodes
        }
        section(opts.groupByNode() ? "Inactive Resources"
                : opts.inactive() ? "Full List of Resources" : "Active Resources");
        boolean any = false;
        for (ResourceView r : v.resources()) {
            if (r instanceof PrimitiveView p && p.orphan() && !p.active()) {
                continue;
            }
            if (opts.groupByNode() && fullyActive(r)) {
                continue;
            }
            if (!r.partiallyActive() && !opts.inactive()) {
                continue;
            }
            any |= resource(r);
        }
        if (!any) {
            out.item(opts.groupByNode() ? "No inactive resources"
                    : opts.inactive() ? "No resources" : "No active resources");
        }
        out.end();
    }

    private static boolean fullyActive(ResourceView r) {
        return switch (r) {
            case PrimitiveView p -> p.active();
            case GroupView g -> g.active();
            case CloneView c -> c.instances().stream().allMatch(MonText::fullyActive);
        };
    }

    private boolean resource(ResourceView r) {
        return switch (r) {
            case PrimitiveView p -> primitive(p, false);
            case GroupView g -> group(g);
            case CloneView c -> clone(c);
        };
    }

    private boolean primitive(PrimitiveView p, boolean force) {
        if (!force && !p.active() && !opts.inactive()) {
            return false;
        }
        out.item(PrimitiveLine.of(p, true));
        return true;
    }

    private boolean group(GroupView g) {
        List<String> flags = new ArrayList<>();
        long inactive = g.members().stream().filter(m -> !m.active()).count();
        if (!g.active() && g.partiallyActive() && !opts.inactive() && inactive > 0) {
            flags.add(inactive + " member" + (inactive == 1 ? "" : "s") + " inactive");
        }
        if (!g.managed()) {
            flags.add("unmanaged");
        }
        if (g.disabled()) {
            flags.add("disabled");
        }
        boolean opened = false;
        for (PrimitiveView m : g.members()) {
            if (!m.active() && !opts.inactive()) {
                continue;
            }
            if (!opened) {
                out.begin("Resource Group: " + g.id() + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")"));
                opened = true;
            }
            out.item(PrimitiveLine.of(m, true));
        }
        if (opened) {
            out.end();
        }
        return opened;
    }

    private boolean clone(CloneView c) {
        CloneLines lines = CloneLines.of(c, opts);
        if (lines.isEmpty()) {
            return false;
        }
        out.begin(lines.header());
        for (Object line : lines.lines()) {
            switch (line) {
                case String s -> out.item(s);
                case GroupView g -> group(g);
                case PrimitiveView p -> primitive(p, true);
                default -> throw new IllegalStateException();
            }
        }
        out.end();
        return true;
    }

    private void attributes(ClusterView v) {
        if (!opts.attributes() || v.nodeAttributes().isEmpty()) {
            return;
        }
        section("Node Attributes");
        for (NodeAttributesView na : v.nodeAttributes()) {
            out.begin("Node: " + na.node().displayName(opts.detail()));
            for (NodeAttributesView.Attribute a : na.attributes()) {
                String base = String.format("%-32s\t: %-10s", a.name(), a.value());
                if (a.expected().isPresent()) {
                    int value = parseMin(a.value());
                    if (value <= 0) {
                        base += "\t: Connectivity is lost";
                    } else if (value < a.expected().get()) {
                        base += "\t: Connectivity is degraded (Expected=" + a.expected().get() + ")";
                    }
                }
                out.item(base);
            }
            out.end();
        }
        out.end();
    }

    private static int parseMin(String v) {
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void failcounts(ClusterView v) {
        // The header comes with the first online node, failures or not.
        if (!opts.failcounts() || v.nodes().stream().noneMatch(NodeView::online)) {
            return;
        }
        section("Migration Summary");
        for (NodeFailuresView nf : v.failures()) {
            out.begin("Node: " + nf.node().displayName(opts.detail()));
            for (NodeFailuresView.ResourceFailure f : nf.resources()) {
                StringBuilder sb = new StringBuilder(f.rscId()).append(": migration-threshold=")
                        .append(f.migrationThreshold());
                if (f.failCount() > 0) {
                    sb.append(" fail-count=").append(f.failCount());
                }
                if (f.lastFailure() > 0) {
                    sb.append(" last-failure='").append(time.ctime(f.lastFailure())).append('\'');
                }
                out.item(sb.toString());
            }
            out.end();
        }
        out.end();
    }

    private void failedActions(ClusterView v) {
        if (v.failedActions().isEmpty()) {
            return;
        }
        section("Failed Resource Actions");
        for (FailedActionView f : v.failedActions()) {
            out.item(opts.detail() ? FailedActionLine.technical(f, time) : FailedActionLine.friendly(f, time));
        }
        out.end();
    }

    private void bans(ClusterView v) {
        if (opts.negLocations().isEmpty()) {
            return;
        }
        String prefix = opts.negLocations().get();
        boolean opened = false;
        for (BanView b : v.bans()) {
            if (!b.id().startsWith(prefix)) {
                continue;
            }
            if (!opened) {
                section("Negative Location Constraints");
                opened = true;
            }
            String node = opts.detail() && !b.nodeId().equalsIgnoreCase(b.node()) ? b.node() + " (" + b.nodeId() + ")"
                    : b.node();
            out.item(b.id() + "\tprevents " + b.rsc() + " from running " + (b.promotedOnly() ? "in Promoted role " : "")
                    + "on " + node);
        }
        if (opened) {
            out.end();
        }
    }
}
