package io.tandem.transition;

import java.util.Map;

/**
 * One action of a transition graph, as Pacemaker names it: {@code key} is {@code rsc_task_interval}
 * ({@code web_start_0}, {@code web_monitor_10000}), or e.g. {@code stonith-node1-reboot}.
 *
 * @param id       position in the graph, also Pacemaker's action id
 * @param rsc      the resource (null for fencing and cluster actions)
 * @param task     start, stop, monitor, promote, demote, migrate_to, migrate_from, notify, stonith,
 *                 clear_failcount, or a pseudo task (running, stopped, ...)
 * @param node     the node the action runs on (null for pseudo actions)
 * @param kind     resource, pseudo, fencing or cluster action
 * @param meta     CRM_meta-style attributes the handlers may need (timeout, on_node, op target rc ...)
 */
public record Action(int id, String key, String rsc, String task, long intervalMs, String node, Kind kind,
        Map<String, String> meta) {

    /** What executes an action. */
    public enum Kind {
        RESOURCE, PSEUDO, FENCE, CLUSTER
    }

    public Action {
        meta = Map.copyOf(meta);
    }

    public boolean pseudo() {
        return kind == Kind.PSEUDO;
    }

    /** Pacemaker's op key: {@code rsc_task_interval}. */
    public static String opKey(String rsc, String task, long intervalMs) {
        return rsc + "_" + task + "_" + intervalMs;
    }
}
