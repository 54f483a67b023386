package io.tandem.scheduler;

import io.tandem.cib.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One schedulable primitive instance ({@code web}, or {@code ping:2} inside a clone) while a
 * scheduling run is in progress. Private to the scheduler: built by {@link Units}, filled in by
 * {@link Placement}, read by {@link ActionPlanner}; never escapes a run.
 */
final class Unit {
    final String id;
    final String configId;
    final Primitive def;
    final Map<String, String> meta;
    final String groupId;
    final String cloneId;
    final int instance;
    /** The earlier member of the same group (instance), which this one is colocated with and ordered after. */
    Unit previous;
    /** Active nodes according to the history (several means multiply active). */
    final List<String> current = new ArrayList<>();
    /** History per node for this instance. */
    final Map<String, NodeHistory> history = new LinkedHashMap<>();
    boolean failed;
    boolean orphan;
    /** Node scores before colocation: location constraints, stickiness, failure bans. */
    final Map<String, Integer> base = new LinkedHashMap<>();
    final Map<String, List<String>> reasons = new LinkedHashMap<>();
    /** Nodes excluded outright (hard errors, clone instances elsewhere...). */
    String assigned;
    boolean assignedDone;
    boolean assigning;
    /** The move is a live migration (migrate_to/migrate_from instead of stop/start). */
    boolean migrating;
    /** Why the unit cannot run anywhere, when it cannot. */
    String blockedReason;

    Unit(String id, String configId, Primitive def, Map<String, String> meta, String groupId, String cloneId,
            int instance) {
        this.id = id;
        this.configId = configId;
        this.def = def;
        this.meta = meta;
        this.groupId = groupId;
        this.cloneId = cloneId;
        this.instance = instance;
    }

    String meta(String k, String d) {
        return meta.getOrDefault(k, d);
    }

    /** A failure with on-fail=block: Pacemaker leaves the resource alone (unmanaged). */
    boolean blocked;
    /** A failure with on-fail=stop: the resource is to stay stopped. */
    boolean stopOnFail;

    boolean managed() {
        return !blocked && ClusterOptions.isTrue(meta("is-managed", "true"))
                && !ClusterOptions.isTrue(meta("maintenance", "false"));
    }

    Role targetRole() {
        if (stopOnFail) {
            return Role.STOPPED;
        }
        Role r = Role.parse(meta.get("target-role"));
        return r == Role.UNKNOWN ? Role.STARTED : r;
    }

    void addScore(String node, int score, String reason) {
        base.merge(node, score, io.tandem.cib.Score::add);
        reasons.computeIfAbsent(node, k -> new ArrayList<>()).add(reason + ": " + io.tandem.cib.Score.format(score));
    }

    String currentNode() {
        return current.isEmpty() ? null : current.get(0);
    }

    @Override
    public String toString() {
        return id;
    }
}
