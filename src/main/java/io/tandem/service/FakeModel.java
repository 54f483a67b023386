package io.tandem.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The development fake's mutable cluster state, shaped like the tutorial: node1/node2, group web = vip +
 * httpd, clone_ping. Only {@link FakeClusterService} touches it, under its lock; {@link #copy()} lets a
 * preview simulate a command on a throw-away copy.
 */
final class FakeModel {

    static final String GROUP = "web";
    static final List<String> MEMBERS = List.of("vip", "httpd");
    static final String CLONE = "clone_ping";
    static final String CLONED = "ping";
    static final String PING_ATTRIBUTE = "default_ping_set";
    static final Map<String, String> AGENTS = Map.of(
            "vip", "ocf:heartbeat:IPaddr2", "httpd", "ocf:heartbeat:apache", "ping", "ocf:pacemaker:ping");

    static final class NodeState {
        boolean online = true;
        boolean standby;
        boolean maintenance;
        boolean gatewayReachable = true;

        NodeState copy() {
            NodeState n = new NodeState();
            n.online = online;
            n.standby = standby;
            n.maintenance = maintenance;
            n.gatewayReachable = gatewayReachable;
            return n;
        }
    }

    static final class Meta {
        boolean stopped;
        boolean unmanaged;
        boolean maintenance;

        Meta copy() {
            Meta m = new Meta();
            m.stopped = stopped;
            m.unmanaged = unmanaged;
            m.maintenance = maintenance;
            return m;
        }
    }

    record Failure(int count, Instant last) {
    }

    final Map<String, NodeState> nodes = new TreeMap<>();
    final Map<String, Meta> meta = new TreeMap<>();
    /** (resource + "@" + node) to fail-count. */
    final Map<String, Failure> failures = new TreeMap<>();
    final List<FailedAction> failedActions = new ArrayList<>();
    final List<MoveConstraint> moves = new ArrayList<>();
    /** Where each group member runs; absent means stopped. */
    final Map<String, String> placement = new LinkedHashMap<>();
    final TreeSet<String> pingNodes = new TreeSet<>();
    /** Members that failed and still show FAILED because the cluster may not recover them. */
    final TreeSet<String> failedInPlace = new TreeSet<>();
    boolean clusterMaintenance;
    boolean stonithEnabled;
    int stickiness = io.tandem.cib.Score.INFINITY;
    int migrationThreshold = 3;
    boolean erased;

    static FakeModel tutorial() {
        FakeModel m = new FakeModel();
        m.nodes.put("node1", new NodeState());
        m.nodes.put("node2", new NodeState());
        for (String id : List.of(GROUP, "vip", "httpd", CLONE, CLONED)) {
            m.meta.put(id, new Meta());
        }
        return m;
    }

    FakeModel copy() {
        FakeModel m = new FakeModel();
        nodes.forEach((k, v) -> m.nodes.put(k, v.copy()));
        meta.forEach((k, v) -> m.meta.put(k, v.copy()));
        m.failures.putAll(failures);
        m.failedActions.addAll(failedActions);
        m.moves.addAll(moves);
        m.placement.putAll(placement);
        m.pingNodes.addAll(pingNodes);
        m.failedInPlace.addAll(failedInPlace);
        m.clusterMaintenance = clusterMaintenance;
        m.stonithEnabled = stonithEnabled;
        m.stickiness = stickiness;
        m.migrationThreshold = migrationThreshold;
        m.erased = erased;
        return m;
    }

    static String key(String resource, String node) {
        return resource + "@" + node;
    }

    int failCount(String resource, String node) {
        Failure f = failures.get(key(resource, node));
        return f == null ? 0 : f.count();
    }

    Optional<String> groupNode() {
        return Optional.ofNullable(placement.get(MEMBERS.get(0)));
    }

    boolean isMember(String id) {
        return MEMBERS.contains(id);
    }

    boolean exists(String id) {
        return !erased && meta.containsKey(id);
    }

    /** Unmanaged or in maintenance at its own level, its parent's, or the cluster's: the cluster leaves it alone. */
    boolean frozen(String id) {
        if (clusterMaintenance) {
            return true;
        }
        String at = placement.get(id);
        if (at != null && nodes.get(at).maintenance) {
            return true;
        }
        Meta own = meta.get(id);
        String parent = isMember(id) ? GROUP : id.equals(CLONED) ? CLONE : null;
        Meta up = parent == null ? null : meta.get(parent);
        return own != null && (own.unmanaged || own.maintenance) || up != null && (up.unmanaged || up.maintenance);
    }

    boolean disabled(String id) {
        Meta own = meta.get(id);
        String parent = isMember(id) ? GROUP : id.equals(CLONED) ? CLONE : null;
        Meta up = parent == null ? null : meta.get(parent);
        return own != null && own.stopped || up != null && up.stopped;
    }

    String attribute(String node) {
        NodeState n = nodes.get(node);
        if (!pingNodes.contains(node)) {
            return null;
        }
        return n.gatewayReachable ? "1000" : "0";
    }
}
