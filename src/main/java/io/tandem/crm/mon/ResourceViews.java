package io.tandem.crm.mon;

import io.tandem.cib.Clone;
import io.tandem.cib.Group;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.scheduler.ClusterStatus;
import io.tandem.scheduler.NodeHistory;
import io.tandem.scheduler.NodeStatus;
import io.tandem.scheduler.OnFail;
import io.tandem.scheduler.OpRecord;
import io.tandem.scheduler.ResourceStatus;
import io.tandem.scheduler.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the resource part of the view from the unpacked status: one {@link PrimitiveView} per primitive
 * (or clone instance), groups and clones around them, and orphans (history without configuration) last.
 */
final class ResourceViews {

    private final ClusterStatus s;
    private final ResourceMeta meta;

    ResourceViews(ClusterStatus s, ResourceMeta meta) {
        this.s = s;
        this.meta = meta;
    }

    List<ResourceView> build() {
        List<ResourceView> out = new ArrayList<>();
        for (Resource r : s.cib().configuration().resources()) {
            switch (r) {
                case Primitive p -> out.add(primitive(p, List.of(), p.id(), p.id(), byNode(p.id())));
                case Group g -> out.add(group(g, List.of(), g.id(), n -> byNode(n)));
                case Clone c -> out.add(clone(c));
                default -> {
                    // Bundles and templates are not shown yet.
                }
            }
        }
        // Pacemaker lists resources by priority (highest first), keeping configuration order among equals.
        List<ResourceView> byPriority = new ArrayList<>(out);
        byPriority.sort(java.util.Comparator.comparingInt((ResourceView v) -> -priority(v.id())));
        out.clear();
        out.addAll(byPriority);
        List<String> bundles = s.cib().configuration().resources().stream()
                .filter(r -> r instanceof io.tandem.cib.Bundle).map(r -> r.id() + "-").toList();
        List<String> guests = guestNodes();
        for (ResourceStatus r : s.resources().values()) {
            // Bundles (not shown yet) run generated resources named after them; those are not orphans.
            if (r.orphan() && bundles.stream().noneMatch(b -> r.id().startsWith(b)) && !guests.contains(r.id())) {
                out.add(orphan(r));
            }
        }
        return out;
    }

    private Map<String, NodeHistory> byNode(String historyId) {
        return s.resource(historyId).map(ResourceStatus::byNode).orElse(Map.of());
    }

    PrimitiveView primitive(Primitive p, List<Resource> ancestors, String id, String displayId,
            Map<String, NodeHistory> histories) {
        List<String> nodes = new ArrayList<>();
        Role role = Role.STOPPED;
        boolean failed = false;
        boolean blocked = false;
        boolean ignored = false;
        Optional<String> pending = Optional.empty();
        Optional<Integer> failedProbe = Optional.empty();
        boolean onMaintenanceNode = false;
        for (NodeHistory h : histories.values()) {
            if (h.active()) {
                nodes.add(h.node());
                if (h.role().compareTo(role) > 0) {
                    role = h.role();
                }
                onMaintenanceNode |= s.node(h.node()).map(NodeStatus::maintenance).orElse(false);
            }
            boolean uncleanNode = s.node(h.node()).map(NodeStatus::unclean).orElse(false);
            // The unpack stage clears failures on nodes that will be fenced; crm_mon still shows them.
            failed |= h.failed() || (uncleanNode && h.active() && h.onFail() != OnFail.IGNORE
                    && !h.failedOps().isEmpty());
            blocked |= !h.failedOps().isEmpty() && h.onFail() == OnFail.BLOCK && !uncleanNode;
            ignored |= h.failedOps().stream().anyMatch(o -> onFailIgnore(p, o));
            if (pending.isEmpty()) {
                pending = pendingTask(h);
            }
            if (failedProbe.isEmpty()) {
                failedProbe = h.failedOps().stream().filter(o -> o.isProbe() && o.rc() != 7).map(OpRecord::rc)
                        .findFirst();
            }
        }
        boolean demoteFailed = histories.values().stream().anyMatch(h -> h.failed() && !h.failedOps().isEmpty()
                && h.onFail() != OnFail.BLOCK
                && h.failedOps().get(h.failedOps().size() - 1).task().equals("demote"));
        if (demoteFailed && role == Role.PROMOTED) {
            // A failed demote (not blocked there) leaves the instance no longer promoted.
            role = Role.UNPROMOTED;
        }
        boolean promotable = ancestors.stream().anyMatch(a -> a instanceof Clone c && c.promotable());
        if (role == Role.STARTED && promotable) {
            role = Role.UNPROMOTED;
        }
        boolean maintenance = meta.flag(p, ancestors, "maintenance", false) || onMaintenanceNode;
        boolean managed = !maintenance && !s.options().maintenanceMode() && meta.flag(p, ancestors, "is-managed", true);
        boolean unclean = nodes.size() == 1
                && s.node(nodes.get(0)).map(n -> !n.online() && n.unclean()).orElse(false);
        return new PrimitiveView(id, displayId, agent(p), role.text(), nodes, failed, false, managed,
                blocked, maintenance, meta.get(p, ancestors, "target-role"), ignored, pending,
                role == Role.STOPPED ? failedProbe : Optional.empty(), unclean,
                Optional.ofNullable(p.description()));
    }

    /** The failed operation is configured with on-fail=ignore (crm_mon then says "failure ignored"). */
    private static boolean onFailIgnore(Primitive p, OpRecord op) {
        return p.operations().stream().anyMatch(o -> op.task().equals(o.name()) && o.intervalMs() == op.intervalMs()
                && o.get("on-fail").map(v -> v.equalsIgnoreCase("ignore")).orElse(false));
    }

    private int priority(String id) {
        return s.cib().configuration().findResource(id)
                .flatMap(r -> meta.get(r, List.of(), "priority")).map(io.tandem.cib.Score::parse).orElse(0);
    }

    /** Remote and guest nodes that the nodes section does not list (their resources define them). */
    List<String> implicitNodes() {
        List<String> out = new ArrayList<>();
        for (Primitive p : s.cib().configuration().allPrimitives()) {
            Optional<String> guest = meta.own(p, "remote-node");
            String n = guest.orElse("remote".equals(p.type()) && "pacemaker".equals(p.provider()) ? p.id() : null);
            if (n != null && s.node(n).isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Guest node names: their implicit connection resources are not orphans. */
    private List<String> guestNodes() {
        List<String> out = new ArrayList<>();
        for (Primitive p : s.cib().configuration().allPrimitives()) {
            meta.own(p, "remote-node").ifPresent(out::add);
        }
        return out;
    }

    /** The operation in flight, unless it is a probe (crm_mon does not show pending probes). */
    private static Optional<String> pendingTask(NodeHistory h) {
        OpRecord last = null;
        for (OpRecord op : h.ops()) {
            if (op.outcome() == OpRecord.Outcome.PENDING) {
                last = op;
            }
        }
        return last == null || last.isProbe() ? Optional.empty() : Optional.of(last.task());
    }

    /** class[:provider]:type, taken from the template when the primitive uses one. */
    private String agent(Primitive p) {
        Primitive body = p;
        if (p.template() != null && p.agentClass() == null) {
            for (Resource r : s.cib().configuration().resources()) {
                if (r instanceof io.tandem.cib.Template t && p.template().equals(t.id())) {
                    body = t.body();
                }
            }
        }
        String provider = body.provider();
        return body.agentClass() + (provider == null ? "" : ":" + provider) + ":" + body.type();
    }

    private GroupView group(Group g, List<Resource> ancestors, String id,
            java.util.function.Function<String, Map<String, NodeHistory>> histories) {
        List<Resource> chain = prepend(g, ancestors);
        List<PrimitiveView> members = new ArrayList<>();
        for (Primitive m : g.members()) {
            members.add(primitive(m, chain, m.id(), m.id(), histories.apply(m.id())));
        }
        boolean managed = !s.options().maintenanceMode() && meta.flag(g, ancestors, "is-managed", true)
                && !meta.flag(g, ancestors, "maintenance", false);
        return new GroupView(id, members, managed, stopped(meta.get(g, ancestors, "target-role")));
    }

    private static boolean stopped(Optional<String> role) {
        return role.map(r -> Role.parse(r) == Role.STOPPED).orElse(false);
    }

    private static List<Resource> prepend(Resource r, List<Resource> rest) {
        List<Resource> l = new ArrayList<>();
        l.add(r);
        l.addAll(rest);
        return l;
    }

    private CloneView clone(Clone c) {
        // LSB agents cannot run as globally unique instances: Pacemaker makes such clones anonymous.
        boolean lsb = c.child().selfAndDescendants().stream()
                .anyMatch(r -> r instanceof Primitive p && "lsb".equals(p.agentClass()));
        boolean unique = meta.flag(c, List.of(), "globally-unique", false) && !lsb;
        int nodes = s.nodes().size() + implicitNodes().size();
        int max = meta.own(c, "clone-max").map(v -> parseInt(v, nodes)).orElse(nodes);
        List<Resource> chain = List.of(c);
        List<ResourceView> instances = new ArrayList<>();
        List<String> primitiveIds = c.child() instanceof Group g ? g.members().stream().map(Primitive::id).toList()
                : List.of(c.child().id());
        if (unique) {
            for (int i = 0; i < max; i++) {
                String suffix = ":" + i;
                instances.add(instance(c, chain, i, i, (String base) -> byNode(base + suffix)));
            }
        } else {
            // Anonymous: one instance per node where any member is active, in history order.
            Map<String, Map<String, Map<String, NodeHistory>>> perNode = new LinkedHashMap<>();
            // Pacemaker numbers anonymous instances as it meets active histories, node by node in status order.
            for (io.tandem.cib.NodeState ns : s.cib().status().nodes()) {
                for (String pid : primitiveIds) {
                    for (ResourceStatus r : s.historiesOf(pid)) {
                        for (NodeHistory h : r.byNode().values()) {
                            boolean here = h.node().equals(ns.uname())
                                    || s.node(h.node()).map(n -> n.id().equals(ns.id())).orElse(false);
                            if (here && (h.active() || h.failed())) {
                                perNode.computeIfAbsent(h.node(), k -> new LinkedHashMap<>())
                                        .computeIfAbsent(pid, k -> new LinkedHashMap<>()).putIfAbsent(h.node(), h);
                            }
                        }
                    }
                }
            }
            int n = 0;
            for (Map<String, Map<String, NodeHistory>> onNode : perNode.values()) {
                ResourceView inst = instance(c, chain, n, -1, pid -> onNode.getOrDefault(pid, Map.of()));
                // More active instances than clone-max allows: the extra ones are orphans.
                instances.add(n >= max && inst instanceof PrimitiveView pv ? pv.asOrphan() : inst);
                n++;
            }
            for (; n < max; n++) {
                instances.add(instance(c, chain, n, -1, pid -> Map.of()));
            }
        }
        List<String> allowed = new ArrayList<>();
        if (s.options().symmetric()) {
            allowed.addAll(implicitNodes());
        }
        Map<String, Integer> probes = new LinkedHashMap<>();
        for (NodeStatus node : s.nodes()) {
            boolean known = primitiveIds.stream().flatMap(pid -> s.historiesOf(pid).stream())
                    .anyMatch(r -> r.byNode().containsKey(node.uname()));
            if (s.options().symmetric() || known) {
                allowed.add(node.uname());
            }
            for (String pid : primitiveIds) {
                for (ResourceStatus r : s.historiesOf(pid)) {
                    NodeHistory h = r.byNode().get(node.uname());
                    if (h != null && !probes.containsKey(node.uname())) {
                        h.failedOps().stream().filter(o -> o.isProbe() && o.rc() != 7).findFirst()
                                .ifPresent(o -> probes.put(node.uname(), o.rc()));
                    }
                }
            }
        }
        allowed.sort(NodeOrder.NAMES);
        boolean managed = !s.options().maintenanceMode() && meta.flag(c, List.of(), "is-managed", true)
                && !meta.flag(c, List.of(), "maintenance", false);
        Optional<String> targetRole = meta.get(c, List.of(), "target-role");
        return new CloneView(c.id(), c.child().id(), c.promotable(), unique, managed, stopped(targetRole),
                targetRole, instances, allowed, probes);
    }

    /** One clone instance; {@code uniqueIndex} is -1 for anonymous clones (printed without ":N"). */
    private ResourceView instance(Clone c, List<Resource> chain, int n, int uniqueIndex,
            java.util.function.Function<String, Map<String, NodeHistory>> histories) {
        String suffix = ":" + n;
        if (c.child() instanceof Group g) {
            List<Resource> gchain = prepend(g, chain);
            List<PrimitiveView> members = new ArrayList<>();
            for (Primitive m : g.members()) {
                String display = uniqueIndex >= 0 ? m.id() + suffix : m.id();
                members.add(primitive(m, gchain, m.id() + suffix, display, histories.apply(m.id())));
            }
            boolean managed = !s.options().maintenanceMode() && meta.flag(g, chain, "is-managed", true);
            return new GroupView(g.id() + suffix, members, managed, stopped(meta.get(g, chain, "target-role")));
        }
        Primitive p = (Primitive) c.child();
        String display = uniqueIndex >= 0 ? p.id() + suffix : p.id();
        return primitive(p, chain, p.id() + suffix, display, histories.apply(p.id()));
    }

    private PrimitiveView orphan(ResourceStatus r) {
        NodeHistory any = r.byNode().values().iterator().next();
        String agent = any.agentClass() + (any.agentProvider() == null ? "" : ":" + any.agentProvider()) + ":"
                + any.agentType();
        List<String> nodes = r.activeOn();
        Role role = Role.STOPPED;
        for (NodeHistory h : r.byNode().values()) {
            if (h.active() && h.role().compareTo(role) > 0) {
                role = h.role();
            }
        }
        // An orphan that will not be stopped is left alone: unmanaged.
        boolean managed = !s.options().maintenanceMode() && s.options().stopOrphanResources();
        return new PrimitiveView(r.id(), r.id(), agent, role.text(), nodes, r.failed(), true, managed, false,
                false, Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                Optional.empty());
    }

    private static int parseInt(String v, int fallback) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
