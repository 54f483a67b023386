package io.tandem.crm.mon;

import java.util.List;

/**
 * The cluster as crm_mon shows it, built by {@link ClusterViews#build}. Immutable; renderers choose what
 * to print from it ({@link MonText}, {@link MonXml}).
 *
 * @param nodes          every node, in Pacemaker's display order (names compared with numbers as numbers)
 * @param resources      top-level resources in configuration order, then orphans
 * @param nodeAttributes attributes of online nodes that have any to show
 * @param failures       Migration Summary entries of online nodes that have fail-counts
 * @param history        the operation history per online node (XML output)
 * @param failedActions  failed operations in history order
 * @param bans           negative location constraints, per node
 * @param tickets        tickets by id
 * @param running        per node name, the primitives active there in history order (crm_mon -n)
 */
public record ClusterView(ClusterSummary summary, List<NodeView> nodes, List<ResourceView> resources,
        List<NodeAttributesView> nodeAttributes, List<NodeFailuresView> failures, List<NodeHistoryView> history,
        List<FailedActionView> failedActions, List<BanView> bans, List<TicketView> tickets,
        java.util.Map<String, List<PrimitiveView>> running) {

    public ClusterView {
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        nodeAttributes = List.copyOf(nodeAttributes);
        failures = List.copyOf(failures);
        history = List.copyOf(history);
        failedActions = List.copyOf(failedActions);
        bans = List.copyOf(bans);
        tickets = List.copyOf(tickets);
        java.util.Map<String, List<PrimitiveView>> copy = new java.util.LinkedHashMap<>();
        running.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        running = java.util.Collections.unmodifiableMap(copy);
    }
}
