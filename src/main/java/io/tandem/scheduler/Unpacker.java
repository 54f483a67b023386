package io.tandem.scheduler;

import io.tandem.cib.Cib;
import io.tandem.cib.CibNode;
import io.tandem.cib.LrmResource;
import io.tandem.cib.NodeState;
import io.tandem.cib.NvPair;
import io.tandem.cib.NvSet;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.rules.NvSets;
import io.tandem.rules.RuleContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first stage of the scheduler: reads a CIB at a given time into a {@link ClusterStatus}. Node
 * membership follows Pacemaker's determine_online_status (with and without fencing), the history of
 * each resource on each node is replayed in call order ({@link HistoryReplay}), and fail-counts are
 * read from the transient attributes. Pure: no clock, no I/O.
 */
public final class Unpacker {

    private Unpacker() {
    }

    /** The evaluation time: the CIB's {@code execution-date} (epoch seconds) when present, else {@code now}. */
    public static Instant effectiveNow(Cib cib, Instant now) {
        String ed = cib.attr("execution-date");
        if (ed != null) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(ed.trim()));
            } catch (NumberFormatException e) {
                return now;
            }
        }
        return now;
    }

    public static ClusterStatus unpack(Cib cib, Instant callerNow) {
        Instant now = effectiveNow(cib, callerNow);
        List<String> warnings = new ArrayList<>();
        Map<String, String> props = NvSets.resolve(cib.configuration().crmConfig(), null, RuleContext.at(now));
        ClusterOptions options = new ClusterOptions(props);
        boolean quorum = "1".equals(cib.attr("have-quorum")) || "true".equalsIgnoreCase(cib.attr("have-quorum"));
        String dcUuid = cib.attr("dc-uuid");

        Map<String, Primitive> primitives = new HashMap<>();
        for (Primitive p : cib.configuration().allPrimitives()) {
            primitives.put(p.id(), p);
        }
        List<NodeStatus> nodes = new ArrayList<>();
        Optional<String> dcNode = Optional.empty();
        Map<String, NodeState> stateById = new HashMap<>();
        for (NodeState ns : cib.status().nodes()) {
            stateById.put(ns.id(), ns);
        }
        for (CibNode n : cib.configuration().nodes()) {
            NodeState ns = stateById.get(n.id());
            if (ns == null) {
                ns = cib.status().node(n.uname()).orElse(null);
            }
            boolean isDc = dcUuid != null && dcUuid.equals(n.id());
            if (isDc) {
                dcNode = Optional.of(n.uname());
            }
            nodes.add(unpackNode(n, ns, options, isDc, now));
        }

        Map<String, ResourceStatus> resources = new LinkedHashMap<>();
        Map<String, Map<String, FailCount>> failCounts = new HashMap<>();
        Map<String, Map<String, NodeHistory>> histories = new LinkedHashMap<>();
        for (NodeState ns : cib.status().nodes()) {
            String uname = nodeName(cib, ns);
            NodeStatus node = nodes.stream().filter(x -> x.uname().equals(uname)).findFirst().orElse(null);
            if (node != null && !node.online() && !node.unclean()) {
                // A node that left cleanly runs nothing: its history no longer counts.
                readFailCounts(ns, uname, failCounts);
                continue;
            }
            for (LrmResource lr : ns.resources()) {
                Primitive p = primitives.get(lr.id());
                if (p == null) {
                    p = primitives.get(baseId(lr.id()));
                }
                long timeout = p == null ? 0 : failureTimeoutMs(cib, p, now);
                NodeHistory h = HistoryReplay.replay(lr, uname, p, options, timeout, now);
                histories.computeIfAbsent(lr.id(), k -> new LinkedHashMap<>()).put(uname, h);
            }
            readFailCounts(ns, uname, failCounts);
        }
        // A failure with on-fail=fence where the resource is still active makes its node unclean.
        for (Map<String, NodeHistory> byNode : histories.values()) {
            for (NodeHistory h : byNode.values()) {
                if (h.onFail() == OnFail.FENCE && h.active() && options.stonithEnabled()) {
                    for (int i = 0; i < nodes.size(); i++) {
                        if (nodes.get(i).uname().equals(h.node()) && !nodes.get(i).unclean()) {
                            nodes.set(i, nodes.get(i).withUnclean(h.rsc() + " failed there"));
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, Map<String, NodeHistory>> e : histories.entrySet()) {
            String id = e.getKey();
            Optional<String> configId = primitives.containsKey(id) ? Optional.of(id)
                    : primitives.containsKey(baseId(id)) ? Optional.of(baseId(id)) : Optional.empty();
            resources.put(id, new ResourceStatus(id, configId, e.getValue()));
        }
        Map<String, Map<String, FailCount>> fc = new HashMap<>();
        failCounts.forEach((k, v) -> fc.put(k, Map.copyOf(v)));
        return new ClusterStatus(cib, now, options, nodes, resources, fc, quorum, dcNode, warnings);
    }

    /** The failure-timeout of a primitive: its meta, else its parents', else rsc_defaults. */
    static long failureTimeoutMs(Cib cib, Primitive p, Instant now) {
        RuleContext ctx = RuleContext.at(now);
        String v = NvSets.resolve(p.sets(), NvSet.META, ctx).get("failure-timeout");
        Optional<Resource> parent = parentOf(cib, p.id());
        while (v == null && parent.isPresent()) {
            v = NvSets.resolve(parent.get().sets(), NvSet.META, ctx).get("failure-timeout");
            parent = parentOf(cib, parent.get().id());
        }
        if (v == null) {
            v = NvSets.resolve(cib.configuration().rscDefaults().orElse(List.of()), NvSet.META, ctx)
                    .get("failure-timeout");
        }
        long ms = v == null ? 0 : io.tandem.cib.TimeSpec.parseMillis(v);
        return Math.max(ms, 0);
    }

    /** {@code rsc:3} → {@code rsc}. */
    public static String baseId(String id) {
        int c = id.lastIndexOf(':');
        if (c > 0 && c < id.length() - 1 && id.substring(c + 1).chars().allMatch(Character::isDigit)) {
            return id.substring(0, c);
        }
        return id;
    }

    private static String nodeName(Cib cib, NodeState ns) {
        for (CibNode n : cib.configuration().nodes()) {
            if (n.id().equals(ns.id())) {
                return n.uname();
            }
        }
        return ns.uname();
    }

    static NodeStatus unpackNode(CibNode n, NodeState ns, ClusterOptions options, boolean isDc, Instant now) {
        Map<String, String> attrs = new LinkedHashMap<>();
        RuleContext ctx = RuleContext.at(now);
        if (ns != null) {
            for (NvSet s : ns.transientSets()) {
                for (NvPair p : s.pairs()) {
                    if (p.name() != null && p.value() != null) {
                        attrs.putIfAbsent(p.name(), p.value());
                    }
                }
            }
        }
        NvSets.resolveInto(attrs, n.sets(), NvSet.INSTANCE, ctx);
        attrs.put("#uname", n.uname());
        attrs.put("#id", n.id());
        attrs.put("#kind", n.type().equals("remote") ? "remote" : "cluster");
        attrs.put("#is_dc", isDc ? "true" : "false");
        boolean standby = ClusterOptions.isTrue(attrs.getOrDefault("standby", "false"));
        boolean maintenance = ClusterOptions.isTrue(attrs.getOrDefault("maintenance", "false"));
        if (ns == null) {
            // Never seen: unclean only when startup-fencing says so and fencing is possible.
            boolean unclean = options.stonithEnabled() && options.startupFencing();
            return new NodeStatus(n.id(), n.uname(), n.type(), false, unclean, false, standby, false, maintenance,
                    false, false, isDc, attrs, unclean ? "node is unclean" : null);
        }
        String shutdownAttr = attrs.get("shutdown");
        boolean shutdown = shutdownAttr != null && !shutdownAttr.equals("0") && !shutdownAttr.isBlank();
        String join = ns.get("join");
        String isPeer = ns.get("crmd");
        String inCluster = ns.get("in_ccm");
        String expected = ns.get("expected");
        boolean expectedUp = "member".equals(expected);
        boolean crmdOnline = "online".equalsIgnoreCase(isPeer);
        boolean inCcm = inCluster != null && ClusterOptions.isTrue(inCluster);
        boolean online = false;
        String unclean = null;
        boolean pending = false;
        if (options.stonithEnabled()) {
            String term = attrs.get("terminate");
            boolean terminate = term != null && (ClusterOptions.isTrue(term)
                    || (!term.isBlank() && io.tandem.cib.Score.parse(term) > 0));
            String exp = expected == null ? "down" : expected;
            if (shutdown) {
                online = crmdOnline;
            } else if (inCluster == null) {
                unclean = "peer has not been seen by the cluster";
            } else if ("nack".equalsIgnoreCase(join)) {
                unclean = "peer failed Pacemaker membership criteria";
            } else if (!terminate && exp.equals("down")) {
                if (inCcm || crmdOnline) {
                    pending = true;
                    standby = true;
                }
            } else if (terminate && "down".equals(join) && !inCcm && !crmdOnline) {
                online = false;
            } else if (!inCcm) {
                unclean = "peer is no longer part of the cluster";
            } else if (!crmdOnline) {
                unclean = "peer process is no longer available";
            } else if (terminate) {
                unclean = "termination was requested";
            } else if ("member".equalsIgnoreCase(join)) {
                online = true;
            } else if ("pending".equalsIgnoreCase(join) || "down".equalsIgnoreCase(join)) {
                online = true;
                pending = true;
                standby = true;
            } else {
                unclean = "peer was in an unknown state";
            }
        } else {
            if (!inCcm) {
                online = false;
            } else if (crmdOnline) {
                online = "member".equalsIgnoreCase(join);
            } else if (expectedUp) {
                unclean = "peer is unexpectedly down";
            }
        }
        return new NodeStatus(n.id(), n.uname(), n.type(), online, unclean != null, pending, standby, false,
                maintenance, shutdown, expectedUp, isDc, attrs, unclean);
    }

    private static void readFailCounts(NodeState ns, String uname, Map<String, Map<String, FailCount>> out) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Long> last = new HashMap<>();
        for (NvSet s : ns.transientSets()) {
            for (NvPair p : s.pairs()) {
                String name = p.name();
                if (name == null || p.value() == null) {
                    continue;
                }
                if (name.startsWith("fail-count-")) {
                    String rest = name.substring("fail-count-".length());
                    int hash = rest.indexOf('#');
                    String rsc = hash < 0 ? rest : rest.substring(0, hash);
                    String op = hash < 0 ? "" : rest.substring(hash + 1);
                    counts.computeIfAbsent(rsc, k -> new LinkedHashMap<>()).put(op,
                            io.tandem.cib.Score.parse(p.value()));
                } else if (name.startsWith("last-failure-")) {
                    String rest = name.substring("last-failure-".length());
                    int hash = rest.indexOf('#');
                    String rsc = hash < 0 ? rest : rest.substring(0, hash);
                    long v;
                    try {
                        v = Long.parseLong(p.value().trim());
                    } catch (NumberFormatException e) {
                        v = 0;
                    }
                    last.merge(rsc, v, Math::max);
                }
            }
        }
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            out.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(uname,
                    new FailCount(e.getKey(), uname, e.getValue(), last.getOrDefault(e.getKey(), 0L)));
        }
    }

    /** Whether a resource is a clone descendant (anonymous or unique); used to map instance ids. */
    static boolean inClone(Cib cib, String primitiveId) {
        return cib.configuration().topParentOf(primitiveId).map(r -> r instanceof io.tandem.cib.Clone)
                .orElse(false);
    }

    static Optional<Resource> parentOf(Cib cib, String id) {
        for (Resource r : cib.configuration().allResources()) {
            if (r instanceof io.tandem.cib.Group g && g.members().stream().anyMatch(m -> m.id().equals(id))) {
                return Optional.of(g);
            }
            if (r instanceof io.tandem.cib.Clone c && c.child().id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
