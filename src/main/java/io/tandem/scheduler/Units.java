package io.tandem.scheduler;

import io.tandem.cib.Clone;
import io.tandem.cib.Group;
import io.tandem.cib.NvSet;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.rules.NvSets;
import io.tandem.rules.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the schedulable units of a run from the configuration and the unpacked history: primitives,
 * group members (linked to the member before them), clone instances numbered as Pacemaker numbers
 * anonymous instances (in the order their active nodes appear in the status), and orphans.
 *
 * @param units      every unit, in configuration order (instances in number order)
 * @param groups     group (instance) id to its member units, in order
 * @param clones     clone id to its instances, each a list of units (one, or a group's members)
 * @param parents    configured id (primitive, group or clone) to its parent id
 * @param probed     configured primitive id to the nodes where any instance has history
 * @param unsupported ids of resources this scheduler does not handle (bundles, promotable clones)
 */
record Units(List<Unit> units, Map<String, List<Unit>> groups, Map<String, List<List<Unit>>> clones,
        Map<String, String> parents, Map<String, Set<String>> probed, List<String> topLevel,
        Map<String, Map<String, String>> metaById, Set<String> unsupported) {

    static Units build(ClusterStatus status) {
        Builder b = new Builder(status);
        for (Resource r : status.cib().configuration().resources()) {
            b.top(r);
        }
        b.orphans();
        return new Units(b.units, b.groups, b.clones, b.parents, b.probed, b.topLevel, b.metaById, b.unsupported);
    }

    private static final class Builder {
        final ClusterStatus status;
        final List<Unit> units = new ArrayList<>();
        final Map<String, List<Unit>> groups = new LinkedHashMap<>();
        final Map<String, List<List<Unit>>> clones = new LinkedHashMap<>();
        final Map<String, String> parents = new HashMap<>();
        final Map<String, Set<String>> probed = new HashMap<>();
        final List<String> topLevel = new ArrayList<>();
        final Map<String, Map<String, String>> metaById = new HashMap<>();
        final Set<String> unsupported = new HashSet<>();
        final Map<String, String> defaults;
        final RuleContext ctx;

        Builder(ClusterStatus status) {
            this.status = status;
            this.ctx = RuleContext.at(status.now());
            this.defaults = NvSets.resolve(status.cib().configuration().rscDefaults().orElse(List.of()),
                    NvSet.META, ctx);
        }

        Map<String, String> meta(Resource r, Map<String, String> parentMeta) {
            RuleContext c = ctx;
            if (r instanceof Primitive p) {
                c = ctx.withResource(p.agentClass(), p.provider(), p.type());
            }
            Map<String, String> m = NvSets.resolve(r.sets(), NvSet.META, c);
            parentMeta.forEach(m::putIfAbsent);
            defaults.forEach(m::putIfAbsent);
            metaById.put(r.id(), m);
            return m;
        }

        void top(Resource r) {
            topLevel.add(r.id());
            switch (r) {
                case Primitive p -> units.add(primitive(p, meta(p, Map.of()), null, null, -1, p.id()));
                case Group g -> group(g, meta(g, Map.of()), null, -1, g.id());
                case Clone c -> clone(c);
                default -> unsupported.add(r.id());
            }
        }

        Unit primitive(Primitive p, Map<String, String> m, String groupId, String cloneId, int instance,
                String id) {
            Unit u = new Unit(id, p.id(), p, m, groupId, cloneId, instance);
            if (cloneId == null) {
                status.resource(p.id()).ifPresent(rs -> attach(u, rs.byNode()));
            }
            probed.computeIfAbsent(p.id(), k -> new HashSet<>());
            for (ResourceStatus rs : status.historiesOf(p.id())) {
                probed.get(p.id()).addAll(rs.byNode().keySet());
            }
            return u;
        }

        void attach(Unit u, Map<String, NodeHistory> byNode) {
            for (NodeHistory h : byNode.values()) {
                u.history.put(h.node(), h);
                if (h.active()) {
                    u.current.add(h.node());
                }
                // Fencing will clean an unclean node: a failure there needs no recovery of its own.
                boolean unclean = status.node(h.node()).map(NodeStatus::unclean).orElse(false);
                if (h.failed() && !unclean) {
                    u.failed = true;
                    u.blocked |= h.onFail() == OnFail.BLOCK;
                }
                u.stopOnFail |= h.onFail() == OnFail.STOP && !h.failedOps().isEmpty();
            }
        }

        List<Unit> group(Group g, Map<String, String> gm, String cloneId, int instance, String gid) {
            List<Unit> members = new ArrayList<>();
            Unit prev = null;
            for (Primitive p : g.members()) {
                parents.put(p.id(), g.id());
                String id = instance < 0 ? p.id() : p.id() + ":" + instance;
                Unit u = primitive(p, meta(p, gm), gid, cloneId, instance, id);
                u.previous = prev;
                prev = u;
                members.add(u);
                units.add(u);
            }
            groups.put(gid, members);
            return members;
        }

        void clone(Clone c) {
            Map<String, String> cm = new LinkedHashMap<>(meta(c, Map.of()));
            cm.putIfAbsent("resource-stickiness", "1");
            metaById.put(c.id(), cm);
            parents.put(c.child().id(), c.id());
            if (c.promotable()) {
                unsupported.add(c.id());
            }
            int nodes = status.nodes().size();
            int max = parseInt(cm.get("clone-max"), nodes);
            boolean unique = ClusterOptions.isTrue(cm.getOrDefault("globally-unique", "false"));
            List<Primitive> prims = c.child() instanceof Group g ? g.members() : List.of((Primitive) c.child());
            // Which instance runs where: anonymous instances are numbered by the order of their nodes.
            Map<Integer, Map<String, Map<String, NodeHistory>>> byInstance = new LinkedHashMap<>();
            Map<String, Integer> instanceOnNode = new HashMap<>();
            int next = 0;
            Set<Integer> used = new HashSet<>();
            for (io.tandem.cib.NodeState ns : status.cib().status().nodes()) {
                String node = nodeName(ns);
                for (io.tandem.cib.LrmResource lr : ns.resources()) {
                    String base = Unpacker.baseId(lr.id());
                    Primitive p = prims.stream().filter(x -> x.id().equals(base)).findFirst().orElse(null);
                    if (p == null) {
                        continue;
                    }
                    NodeHistory h = status.resource(lr.id()).map(rs -> rs.byNode().get(node)).orElse(null);
                    if (h == null) {
                        continue;
                    }
                    Integer inst;
                    if (unique) {
                        inst = lr.id().equals(base) ? 0 : Integer.parseInt(lr.id().substring(base.length() + 1));
                    } else {
                        inst = instanceOnNode.get(node);
                        if (inst == null && h.active()) {
                            while (used.contains(next)) {
                                next++;
                            }
                            inst = next;
                            used.add(inst);
                            instanceOnNode.put(node, inst);
                        }
                    }
                    if (inst == null) {
                        continue;
                    }
                    used.add(inst);
                    Map<String, NodeHistory> slot = byInstance.computeIfAbsent(inst, k -> new HashMap<>())
                            .computeIfAbsent(base, k -> new LinkedHashMap<>());
                    NodeHistory prev = slot.get(node);
                    if (prev == null || !prev.active() && h.active()) {
                        slot.put(node, h);
                    }
                }
            }
            int count = Math.max(max, byInstance.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
            List<List<Unit>> instances = new ArrayList<>();
            Map<String, String> childMeta = meta(c.child(), cm);
            for (int i = 0; i < count; i++) {
                List<Unit> inst;
                if (c.child() instanceof Group g) {
                    inst = group(g, childMeta, c.id(), i, g.id() + ":" + i);
                } else {
                    Primitive p = (Primitive) c.child();
                    Unit u = primitive(p, childMeta, null, c.id(), i, p.id() + ":" + i);
                    units.add(u);
                    inst = List.of(u);
                }
                Map<String, Map<String, NodeHistory>> h = byInstance.getOrDefault(i, Map.of());
                for (Unit u : inst) {
                    attach(u, h.getOrDefault(u.configId, Map.of()));
                }
                instances.add(inst);
            }
            clones.put(c.id(), instances);
        }

        String nodeName(io.tandem.cib.NodeState ns) {
            for (NodeStatus n : status.nodes()) {
                if (n.id().equals(ns.id())) {
                    return n.uname();
                }
            }
            return ns.uname();
        }

        void orphans() {
            for (ResourceStatus rs : status.resources().values()) {
                if (rs.orphan() && !rs.activeOn().isEmpty()) {
                    Unit u = new Unit(rs.id(), rs.id(), null, new LinkedHashMap<>(defaults), null, null, -1);
                    u.orphan = true;
                    attach(u, rs.byNode());
                    units.add(u);
                    topLevel.add(rs.id());
                }
            }
        }
    }

    static int parseInt(String s, int d) {
        if (s == null) {
            return d;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return d;
        }
    }

    Unit unit(String id) {
        for (Unit u : units) {
            if (u.id.equals(id)) {
                return u;
            }
        }
        return null;
    }
}
