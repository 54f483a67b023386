package io.tandem.crm.mon;

import io.tandem.cib.Cib;
import io.tandem.cib.Location;
import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.cib.NodeState;
import io.tandem.cib.NvSet;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.rules.NvSets;
import io.tandem.rules.RuleContext;
import io.tandem.scheduler.ClusterStatus;
import io.tandem.scheduler.FailCount;
import io.tandem.scheduler.NodeHistory;
import io.tandem.scheduler.NodeStatus;
import io.tandem.scheduler.OpRecord;
import io.tandem.scheduler.Unpacker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link ClusterView} of a CIB at a given time, on top of the scheduler's unpack stage. */
public final class ClusterViews {

    /** Node attributes crm_mon never shows (prefixes). */
    private static final List<String> HIDDEN_ATTRIBUTES = List.of("fail-count-", "last-failure-", "shutdown",
            "terminate", "standby", "#");

    private ClusterViews() {
    }

    public static ClusterView build(Cib cib, Instant now) {
        return build(Unpacker.unpack(cib, now), now);
    }

    /** From an already unpacked status; {@code now} is the "Last updated" time. */
    public static ClusterView build(ClusterStatus s, Instant now) {
        Cib cib = s.cib();
        ResourceMeta meta = new ResourceMeta(cib, RuleContext.at(s.now()));
        List<ResourceView> resources = new ResourceViews(s, meta).build();
        Map<String, Integer> running = new LinkedHashMap<>();
        List<PrimitiveView> prims = new ArrayList<>();
        resources.forEach(r -> collect(r, prims));
        List<PrimitiveView> allPrims = List.copyOf(prims);
        for (PrimitiveView p : prims) {
            p.nodes().forEach(n -> running.merge(n, 1, Integer::sum));
        }
        Map<String, PrimitiveView> top = new LinkedHashMap<>();
        prims.forEach(p -> top.putIfAbsent(p.id(), p));
        List<NodeView> nodes = new ArrayList<>();
        for (NodeStatus n : s.nodes()) {
            boolean seen = cib.status().nodes().stream().anyMatch(ns -> ns.id().equals(n.id())
                    || n.uname().equals(ns.uname()));
            NodeView nv = node(n, running.getOrDefault(n.uname(), 0), seen);
            nodes.add(nv.remote() ? remoteAware(nv, top, null) : nv);
        }
        addImplicitNodes(cib, meta, top, running, nodes);
        nodes.sort((a, b) -> NodeOrder.compare(a.name(), b.name()));
        ClusterSummary summary = summary(s, now, nodes, prims);
        return new ClusterView(summary, nodes, resources, attributes(s, nodes, prims), failures(s, nodes, meta),
                history(s, nodes, meta), failedActions(s), bans(s, nodes), tickets(s),
                running(s, nodes, allPrims));
    }

    /**
     * Pacemaker Remote connections (ocf:pacemaker:remote primitives) and guests (a primitive's remote-node
     * meta attribute) are nodes even when the nodes section does not list them.
     */
    private static void addImplicitNodes(Cib cib, ResourceMeta meta, Map<String, PrimitiveView> top,
            Map<String, Integer> running, List<NodeView> nodes) {
        for (Primitive p : cib.configuration().allPrimitives()) {
            String name = null;
            boolean guest = false;
            Optional<String> remoteNode = meta.own(p, "remote-node");
            if (remoteNode.isPresent()) {
                name = remoteNode.get();
                guest = true;
            } else if ("remote".equals(p.type()) && "pacemaker".equals(p.provider())) {
                name = p.id();
            }
            String n = name;
            if (n == null) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).name().equals(n)) {
                    at = i;
                }
            }
            NodeView base = new NodeView(n, n, "remote", false, false, false, false, false, false, false, false,
                    false, running.getOrDefault(n, 0), Optional.empty(), guest);
            if (at >= 0) {
                NodeView old = nodes.get(at);
                base = new NodeView(old.name(), old.id(), "remote", false, old.standby(), false, old.maintenance(),
                        false, false, false, false, false, old.resourcesRunning(), Optional.empty(), guest);
                nodes.set(at, remoteAware(base, top, guest ? p.id() : null));
            } else {
                nodes.add(remoteAware(base, top, guest ? p.id() : null));
            }
        }
    }

    /** A remote node is online when its connection (or, for a guest, its container) runs and has not failed. */
    private static NodeView remoteAware(NodeView n, Map<String, PrimitiveView> top, String container) {
        PrimitiveView conn = top.get(container != null ? container : n.name());
        boolean online = conn != null && conn.active() && !conn.failed();
        return new NodeView(n.name(), n.id(), "remote", online, n.standby(), false, n.maintenance(), false, false,
                false, false, false, n.resourcesRunning(), Optional.empty(), n.guest() || container != null);
    }

    static void collect(ResourceView r, List<PrimitiveView> out) {
        switch (r) {
            case PrimitiveView p -> out.add(p);
            case GroupView g -> out.addAll(g.members());
            case CloneView c -> c.instances().forEach(i -> collect(i, out));
        }
    }

    private static NodeView node(NodeStatus n, int running, boolean seen) {
        boolean remote = n.type().equals("remote");
        Optional<String> feature = n.online() && !remote
                ? Optional.of(n.attributes().getOrDefault("#feature-set", "<3.15.1"))
                : Optional.empty();
        String type = remote ? "remote" : n.type().equals("ping") ? "ping" : "member";
        // Standby and maintenance are read when a node's state is unpacked: never-seen nodes have neither.
        return new NodeView(n.uname(), n.id(), type, n.online(), seen && n.standby() && !n.pending(),
                n.standbyOnFail(), seen && n.maintenance(), n.pending(), n.unclean(), n.shutdown(), n.expectedUp(), n.isDc(), running, feature,
                false);
    }

    private static ClusterSummary summary(ClusterStatus s, Instant now, List<NodeView> nodes,
            List<PrimitiveView> prims) {
        Cib cib = s.cib();
        Map<String, String> props = s.options().properties();
        Optional<NodeView> dc = s.dcNode().flatMap(d -> nodes.stream().filter(n -> n.name().equals(d)).findFirst());
        Set<String> features = new HashSet<>();
        nodes.forEach(n -> n.featureSet().ifPresent(features::add));
        // Inactive orphans are history only: Pacemaker does not count them as instances.
        prims = prims.stream().filter(p -> !p.orphan() || p.active()).toList();
        int disabled = (int) prims.stream().filter(PrimitiveView::disabled).count();
        int blocked = (int) prims.stream().filter(PrimitiveView::blocked).count();
        Map<String, String> options = new LinkedHashMap<>();
        options.put("stonith-enabled", Boolean.toString(s.options().stonithEnabled()));
        options.put("symmetric-cluster", Boolean.toString(s.options().symmetric()));
        options.put("no-quorum-policy", s.options().noQuorumPolicy());
        options.put("maintenance-mode", Boolean.toString(s.options().maintenanceMode()));
        options.put("stop-all-resources", Boolean.toString(s.options().flag("stop-all-resources", false)));
        options.put("stonith-timeout-ms",
                Long.toString(io.tandem.cib.TimeSpec.parseMillis(props.getOrDefault("stonith-timeout", "60s"))));
        options.put("priority-fencing-delay-ms", Long.toString(
                io.tandem.cib.TimeSpec.parseMillis(props.getOrDefault("priority-fencing-delay", "0"))));
        return new ClusterSummary(props.getOrDefault("cluster-infrastructure", "unknown"), dc,
                props.getOrDefault("dc-version", "unknown"), s.haveQuorum(), features.size() > 1, now,
                Optional.ofNullable(cib.attr("cib-last-written")), Optional.ofNullable(cib.attr("update-user")),
                Optional.ofNullable(cib.attr("update-client")), Optional.ofNullable(cib.attr("update-origin")),
                nodes.size(), prims.size(), disabled, blocked, s.options().maintenanceMode(),
                s.options().flag("stop-all-resources", false), options);
    }

    private static List<NodeAttributesView> attributes(ClusterStatus s, List<NodeView> nodes,
            List<PrimitiveView> prims) {
        Map<String, Primitive> byId = new LinkedHashMap<>();
        s.cib().configuration().allPrimitives().forEach(p -> byId.put(p.id(), p));
        List<NodeAttributesView> out = new ArrayList<>();
        for (NodeView n : nodes) {
            if (!n.online()) {
                continue;
            }
            Map<String, String> nodeAttrs = s.node(n.name()).map(NodeStatus::attributes)
                    .orElseGet(() -> transientAttributes(s, n));
            List<String> names = new ArrayList<>();
            for (String k : nodeAttrs.keySet()) {
                if (HIDDEN_ATTRIBUTES.stream().noneMatch(k::startsWith)) {
                    names.add(k);
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            names.sort(String::compareTo);
            List<NodeAttributesView.Attribute> attrs = new ArrayList<>();
            for (String name : names) {
                attrs.add(new NodeAttributesView.Attribute(name, nodeAttrs.get(name),
                        pingExpectation(s, n.name(), name, prims, byId)));
            }
            out.add(new NodeAttributesView(n, attrs));
        }
        return out;
    }

    /** The transient attributes of a node the unpack stage does not know (remote and guest nodes). */
    private static Map<String, String> transientAttributes(ClusterStatus s, NodeView n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeState ns : s.cib().status().nodes()) {
            if (n.name().equals(ns.uname()) || n.id().equals(ns.id())) {
                for (NvSet set : ns.transientSets()) {
                    for (io.tandem.cib.NvPair p : set.pairs()) {
                        if (p.name() != null && p.value() != null) {
                            out.putIfAbsent(p.name(), p.value());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** For an attribute a ping resource running on the node maintains: hosts × multiplier. */
    private static Optional<Integer> pingExpectation(ClusterStatus s, String node, String attr,
            List<PrimitiveView> prims, Map<String, Primitive> byId) {
        for (PrimitiveView pv : prims) {
            if (!pv.nodes().contains(node)) {
                continue;
            }
            Primitive p = byId.get(Unpacker.baseId(pv.id()));
            if (p == null || !(p.type().equalsIgnoreCase("ping") || p.type().equalsIgnoreCase("pingd"))) {
                continue;
            }
            Map<String, String> params = NvSets.resolve(p.sets(), NvSet.INSTANCE, RuleContext.at(s.now()));
            String name = params.getOrDefault("name", "pingd");
            if (!name.equalsIgnoreCase(attr)) {
                continue;
            }
            String hosts = params.get("host_list");
            int count = hosts == null ? 0 : hosts.split(" ", -1).length;
            int multiplier;
            try {
                multiplier = Integer.parseInt(params.getOrDefault("multiplier", "1").trim());
            } catch (NumberFormatException e) {
                multiplier = 1;
            }
            return Optional.of(count * multiplier);
        }
        return Optional.empty();
    }

    /** The fail-count of a history id: anonymous clone instances share their base id's attributes. */
    private static Optional<FailCount> failCount(ClusterStatus s, String historyId, String node) {
        String printable = printableId(s, historyId);
        if (!printable.equals(Unpacker.baseId(historyId)) || !anonymousClonePrimitive(s, printable)) {
            Optional<FailCount> f = s.failCount(historyId, node);
            return f.isPresent() ? f : s.failCount(Unpacker.baseId(historyId), node);
        }
        // Anonymous instances share fail-counts: every "rsc" and "rsc:N" attribute counts.
        Map<String, Integer> sum = new LinkedHashMap<>();
        long last = 0;
        boolean any = false;
        for (Map.Entry<String, Map<String, FailCount>> e : s.failCounts().entrySet()) {
            FailCount f = e.getValue().get(node);
            if (f == null || !Unpacker.baseId(e.getKey()).equals(printable)) {
                continue;
            }
            any = true;
            int i = 0;
            for (Map.Entry<String, Integer> op : f.perOperation().entrySet()) {
                sum.merge(e.getKey() + "#" + op.getKey() + "#" + i++, op.getValue(), Integer::sum);
            }
            last = Math.max(last, f.lastFailure());
        }
        return any ? Optional.of(new FailCount(printable, node, sum, last)) : Optional.empty();
    }

    private static boolean anonymousClonePrimitive(ClusterStatus s, String id) {
        return s.cib().configuration().topParentOf(id)
                .filter(r -> r instanceof io.tandem.cib.Clone c
                        && !c.meta("globally-unique").map(io.tandem.scheduler.ClusterOptions::isTrue).orElse(false))
                .isPresent();
    }

    private static List<Resource> ancestors(Cib cib, String id) {
        List<Resource> out = new ArrayList<>();
        String cur = id;
        boolean found = true;
        while (found) {
            found = false;
            for (Resource r : cib.configuration().allResources()) {
                boolean parent = switch (r) {
                    case io.tandem.cib.Group g -> g.members().stream().anyMatch(m -> m.id().equals(cur(out, id)));
                    case io.tandem.cib.Clone c -> c.child().id().equals(cur(out, id));
                    default -> false;
                };
                if (parent) {
                    out.add(r);
                    found = true;
                    break;
                }
            }
        }
        return out;
    }

    private static String cur(List<Resource> chain, String id) {
        return chain.isEmpty() ? id : chain.get(chain.size() - 1).id();
    }

    private static int threshold(Cib cib, ResourceMeta meta, String historyId) {
        Optional<Resource> r = cib.configuration().findResource(Unpacker.baseId(historyId));
        if (r.isEmpty()) {
            r = cib.configuration().findResource(historyId);
        }
        return r.map(x -> meta.migrationThreshold(x, ancestors(cib, x.id()))).orElse(1_000_000);
    }

    /** Per node, its active primitives ordered as its history lists them (unknown ones last). */
    private static Map<String, List<PrimitiveView>> running(ClusterStatus s, List<NodeView> nodes,
            List<PrimitiveView> prims) {
        Map<String, List<PrimitiveView>> out = new LinkedHashMap<>();
        for (NodeView n : nodes) {
            List<String> order = lrm(s, n).stream().map(lr -> Unpacker.baseId(lr.id())).toList();
            List<PrimitiveView> here = new ArrayList<>(prims.stream().filter(p -> p.nodes().contains(n.name())).toList());
            here.sort(java.util.Comparator.comparingInt(p -> {
                int i = order.indexOf(Unpacker.baseId(p.id()));
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
            out.put(n.name(), here);
        }
        return out;
    }

    /** Nodes in the order of the status section (crm_mon walks node_state entries for histories). */
    private static List<NodeView> statusOrder(ClusterStatus s, List<NodeView> nodes) {
        List<NodeView> out = new ArrayList<>();
        for (NodeState ns : s.cib().status().nodes()) {
            for (NodeView n : nodes) {
                if ((n.id().equals(ns.id()) || n.name().equals(ns.uname())) && !out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static List<NodeFailuresView> failures(ClusterStatus s, List<NodeView> nodes, ResourceMeta meta) {
        List<NodeFailuresView> out = new ArrayList<>();
        for (NodeView n : statusOrder(s, nodes)) {
            if (!n.online()) {
                continue;
            }
            List<NodeFailuresView.ResourceFailure> list = new ArrayList<>();
            for (LrmResource lr : lrm(s, n)) {
                Optional<FailCount> fc = failCount(s, lr.id(), n.name());
                int total = fc.map(FailCount::total).orElse(0);
                if (total <= 0) {
                    continue;
                }
                list.add(new NodeFailuresView.ResourceFailure(lr.id(), threshold(s.cib(), meta, lr.id()), total,
                        fc.get().lastFailure()));
            }
            if (!list.isEmpty()) {
                out.add(new NodeFailuresView(n, list));
            }
        }
        return out;
    }

    private static List<LrmResource> lrm(ClusterStatus s, NodeView n) {
        for (NodeState ns : s.cib().status().nodes()) {
            if (ns.id().equals(n.id()) || (ns.uname() != null && ns.uname().equals(n.name()))) {
                return ns.resources();
            }
        }
        return List.of();
    }

    private static List<NodeHistoryView> history(ClusterStatus s, List<NodeView> nodes, ResourceMeta meta) {
        List<NodeHistoryView> out = new ArrayList<>();
        for (NodeView n : statusOrder(s, nodes)) {
            if (!n.online()) {
                continue;
            }
            List<NodeHistoryView.ResourceHistory> rs = new ArrayList<>();
            for (LrmResource lr : lrm(s, n)) {
                List<LrmRscOp> ops = new ArrayList<>();
                for (LrmRscOp op : lr.ops()) {
                    String task = op.operation();
                    boolean probe = "monitor".equals(task) && op.intervalMs() == 0;
                    if ("notify".equals(task) || (probe && op.rcCode() == 7)) {
                        continue;
                    }
                    ops.add(op);
                }
                ops.sort(java.util.Comparator.comparingInt(LrmRscOp::callId));
                List<NodeHistoryView.Operation> list = new ArrayList<>();
                for (LrmRscOp op : ops) {
                    String task = "monitor".equals(op.operation()) && op.intervalMs() == 0 ? "probe" : op.operation();
                    list.add(new NodeHistoryView.Operation(op.get("call-id"), task, op.rcCode(), op.intervalMs(),
                            op.lastRcChange() > 0 ? Optional.of(op.lastRcChange()) : Optional.empty(),
                            Optional.ofNullable(op.get("exec-time")), Optional.ofNullable(op.get("queue-time"))));
                }
                if (list.isEmpty()) {
                    continue;
                }
                Optional<FailCount> fc = failCount(s, lr.id(), n.name());
                boolean orphan = s.resource(lr.id()).map(r -> r.orphan()).orElse(true);
                rs.add(new NodeHistoryView.ResourceHistory(printableId(s, lr.id()), orphan, threshold(s.cib(), meta, lr.id()),
                        fc.map(FailCount::total).orElse(0), fc.map(FailCount::lastFailure).orElse(0L), list));
            }
            out.add(new NodeHistoryView(n, rs));
        }
        return out;
    }

    /** An anonymous clone instance's history id without its ":N", as crm_mon prints it. */
    private static String printableId(ClusterStatus s, String historyId) {
        String base = Unpacker.baseId(historyId);
        if (base.equals(historyId)) {
            return historyId;
        }
        return s.cib().configuration().topParentOf(base)
                .filter(r -> r instanceof io.tandem.cib.Clone c
                        && !c.meta("globally-unique").map(io.tandem.scheduler.ClusterOptions::isTrue).orElse(false))
                .map(r -> base).orElse(historyId);
    }

    private static List<FailedActionView> failedActions(ClusterStatus s) {
        List<FailedActionView> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeState ns : s.cib().status().nodes()) {
            for (LrmResource lr : ns.resources()) {
                for (io.tandem.scheduler.ResourceStatus r : s.resource(lr.id()).stream().toList()) {
                    for (NodeHistory h : r.byNode().values()) {
                        if (!h.node().equals(ns.uname()) && !nodeIdMatches(s, ns, h.node())) {
                            continue;
                        }
                        for (OpRecord op : h.failedOps()) {
                            if (op.isProbe() && (op.rc() == 5 || op.rc() == 7 || op.opStatus() == 7)) {
                                continue;
                            }
                            if (op.rc() == 3 && op.intervalMs() > 0) {
                                continue; // an unsupported recurring operation is not a failure
                            }
                            String key = opKey(op);
                            if (!seen.add(key + "@" + h.node())) {
                                continue;
                            }
                            LrmRscOp raw = op.raw();
                            out.add(new FailedActionView(key, h.node(), rscOfKey(key, op.rsc()), op.task(), op.intervalMs(),
                                    op.rc(), op.opStatus(), Optional.ofNullable(raw.get("exit-reason")),
                                    Optional.ofNullable(raw.get("call-id")),
                                    raw.get("last-rc-change") == null ? Optional.empty()
                                            : Optional.of(raw.lastRcChange()),
                                    Optional.ofNullable(raw.get("queue-time")),
                                    Optional.ofNullable(raw.get("exec-time")), raw.get("operation_key") != null));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean nodeIdMatches(ClusterStatus s, NodeState ns, String uname) {
        return s.node(uname).map(n -> n.id().equals(ns.id())).orElse(false);
    }

    /** The resource part of an operation key (Pacemaker's parse_op_key): "rsc_migrate_to_0" → "rsc". */
    static String rscOfKey(String key, String fallback) {
        int last = key.lastIndexOf('_');
        if (last <= 0 || !key.substring(last + 1).chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        String head = key.substring(0, last);
        for (String twoPart : List.of("_migrate_to", "_migrate_from")) {
            if (head.endsWith(twoPart)) {
                return head.substring(0, head.length() - twoPart.length());
            }
        }
        int task = head.lastIndexOf('_');
        return task <= 0 ? fallback : head.substring(0, task);
    }

    private static String opKey(OpRecord op) {
        String k = op.raw().get("operation_key");
        return k != null ? k : op.raw().id() != null ? op.raw().id() : op.key();
    }

    /** A location rule bans each node where it applies with a negative score; the ban is named after the rule. */
    private static void ruleBans(ClusterStatus s, Location l, List<NodeView> nodes, List<BanView> out) {
        boolean promoted = l.role() != null && io.tandem.scheduler.Role.parse(l.role()) == io.tandem.scheduler.Role.PROMOTED;
        for (io.tandem.cib.Rule rule : l.rules()) {
            for (NodeView n : nodes) {
                Optional<NodeStatus> ns = s.node(n.name());
                if (ns.isEmpty()) {
                    continue;
                }
                RuleContext ctx = RuleContext.forNode(ns.get().attributes(), s.now());
                if (!io.tandem.rules.RuleEvaluator.matches(rule, ctx)) {
                    continue;
                }
                int score = io.tandem.rules.RuleEvaluator.score(rule, ctx);
                if (score < 0) {
                    out.add(new BanView(rule.id() != null ? rule.id() : l.id(), l.rsc(), n.name(), n.id(), score,
                            promoted));
                }
            }
        }
    }

    private static List<TicketView> tickets(ClusterStatus s) {
        java.util.TreeMap<String, TicketView> out = new java.util.TreeMap<>();
        for (io.tandem.cib.Constraint c : s.cib().configuration().constraints()) {
            if (c instanceof io.tandem.cib.TicketConstraint t && t.get("ticket") != null) {
                out.put(t.get("ticket"), new TicketView(t.get("ticket"), false, false, Optional.empty()));
            }
        }
        for (io.tandem.cib.XmlElement e : s.cib().status().tickets()) {
            String id = e.attributes().get("id");
            if (id == null) {
                continue;
            }
            Optional<Long> last = Optional.ofNullable(e.attributes().get("last-granted")).flatMap(v -> {
                try {
                    return Optional.of(Long.parseLong(v.trim()));
                } catch (NumberFormatException ex) {
                    return Optional.empty();
                }
            });
            out.put(id, new TicketView(id, io.tandem.scheduler.ClusterOptions.isTrue(
                    e.attributes().getOrDefault("granted", "false")), io.tandem.scheduler.ClusterOptions.isTrue(
                    e.attributes().getOrDefault("standby", "false")), last));
        }
        return List.copyOf(out.values());
    }

    private static List<BanView> bans(ClusterStatus s, List<NodeView> nodes) {
        List<BanView> out = new ArrayList<>();
        // Pacemaker prepends each unpacked location constraint, so it lists them last to first.
        List<io.tandem.cib.Constraint> constraints = new ArrayList<>(s.cib().configuration().constraints());
        java.util.Collections.reverse(constraints);
        for (io.tandem.cib.Constraint c : constraints) {
            if (!(c instanceof Location l) || l.rsc() == null) {
                continue;
            }
            if (l.node() == null) {
                ruleBans(s, l, nodes, out);
                continue;
            }
            int score = io.tandem.cib.Score.parse(l.score());
            if (score >= 0) {
                continue;
            }
            Optional<NodeView> n = nodes.stream().filter(x -> x.name().equals(l.node())).findFirst();
            if (n.isEmpty()) {
                continue;
            }
            boolean promoted = l.role() != null && io.tandem.scheduler.Role.parse(l.role().toLowerCase(Locale.ROOT))
                    == io.tandem.scheduler.Role.PROMOTED;
            out.add(new BanView(l.id(), l.rsc(), n.get().name(), n.get().id(), score, promoted));
        }
        return out;
    }
}
