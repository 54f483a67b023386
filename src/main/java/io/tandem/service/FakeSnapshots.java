package io.tandem.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the immutable {@link ClusterSnapshot} from the fake's model and its last plan. */
final class FakeSnapshots {

    private FakeSnapshots() {
    }

    static ClusterSnapshot build(FakeModel m, FakeScheduler.Plan plan, long version, Instant now, ClusterSummary summary,
                                 Map<String, Map<String, String>> extra) {
        List<NodeView> nodes = new ArrayList<>();
        for (var e : m.nodes.entrySet()) {
            FakeModel.NodeState n = e.getValue();
            NodeStatus status = !n.online ? NodeStatus.OFFLINE : n.maintenance ? NodeStatus.MAINTENANCE
                    : n.standby ? NodeStatus.STANDBY : NodeStatus.ONLINE;
            Map<String, String> attrs = new TreeMap<>(extra.getOrDefault(e.getKey(), Map.of()));
            String ping = m.attribute(e.getKey());
            if (ping != null) {
                attrs.put(FakeModel.PING_ATTRIBUTE, ping);
            }
            nodes.add(new NodeView(e.getKey(), status, summary.dc().filter(e.getKey()::equals).isPresent(), attrs));
        }
        List<ResourceView> resources = new ArrayList<>();
        if (!m.erased) {
            resources.add(group(m, plan));
            resources.add(clone(m));
        }
        List<FailCount> fails = new ArrayList<>();
        m.failures.forEach((k, f) -> {
            String[] rn = k.split("@");
            fails.add(new FailCount(rn[0], rn[1], f.count(), m.migrationThreshold, f.last(), Optional.empty()));
        });
        return new ClusterSnapshot(version, now, summary, nodes, resources, fails, m.failedActions, m.moves);
    }

    private static ResourceView group(FakeModel m, FakeScheduler.Plan plan) {
        List<ResourceView> members = new ArrayList<>();
        boolean anyFailed = false;
        for (String member : FakeModel.MEMBERS) {
            Set<ResourceFlag> flags = flags(m, member);
            String node = m.placement.get(member);
            boolean blocked = node == null && !m.disabled(member) && !m.frozen(member);
            if (blocked) {
                flags.add(ResourceFlag.BLOCKED);
            }
            anyFailed |= flags.contains(ResourceFlag.FAILED);
            ResourceRole role = m.failedInPlace.contains(member) ? ResourceRole.FAILED
                    : node == null ? ResourceRole.STOPPED : ResourceRole.STARTED;
            members.add(new ResourceView(member, ResourceKind.PRIMITIVE, Optional.of(FakeModel.AGENTS.get(member)), role,
                    Optional.ofNullable(node), flags, List.of()));
        }
        Set<ResourceFlag> flags = flags(m, FakeModel.GROUP);
        if (anyFailed) {
            flags.add(ResourceFlag.FAILED);
        }
        if (m.moves.stream().anyMatch(mc -> mc.resource().equals(FakeModel.GROUP))) {
            flags.add(ResourceFlag.MOVED);
        }
        boolean allUp = FakeModel.MEMBERS.stream().allMatch(m.placement::containsKey);
        if (!allUp && !m.disabled(FakeModel.GROUP) && !m.frozen(FakeModel.GROUP)) {
            flags.add(ResourceFlag.BLOCKED);
        }
        return new ResourceView(FakeModel.GROUP, ResourceKind.GROUP, Optional.empty(),
                m.placement.isEmpty() ? ResourceRole.STOPPED : ResourceRole.STARTED, Optional.ofNullable(m.placement.get(FakeModel.MEMBERS.get(0))),
                flags, members);
    }

    private static ResourceView clone(FakeModel m) {
        List<ResourceView> instances = new ArrayList<>();
        for (String node : m.nodes.keySet()) {
            boolean on = m.pingNodes.contains(node);
            Set<ResourceFlag> flags = flags(m, FakeModel.CLONED);
            if (m.failCount(FakeModel.CLONED, node) > 0) {
                flags.add(ResourceFlag.FAILED);
            }
            instances.add(new ResourceView(FakeModel.CLONED, ResourceKind.CLONE_INSTANCE, Optional.of(FakeModel.AGENTS.get("ping")),
                    on ? ResourceRole.STARTED : ResourceRole.STOPPED, on ? Optional.of(node) : Optional.empty(), flags, List.of()));
        }
        return new ResourceView(FakeModel.CLONE, ResourceKind.CLONE, Optional.of(FakeModel.AGENTS.get("ping")),
                m.pingNodes.isEmpty() ? ResourceRole.STOPPED : ResourceRole.STARTED, Optional.empty(),
                flags(m, FakeModel.CLONE), instances);
    }

    private static Set<ResourceFlag> flags(FakeModel m, String id) {
        Set<ResourceFlag> flags = EnumSet.noneOf(ResourceFlag.class);
        FakeModel.Meta meta = m.meta.get(id);
        // a member or instance inherits its group's or clone's admin state, as Pacemaker's meta attributes do
        String parentId = m.isMember(id) ? FakeModel.GROUP : id.equals(FakeModel.CLONED) ? FakeModel.CLONE : null;
        FakeModel.Meta parent = parentId == null ? new FakeModel.Meta() : m.meta.get(parentId);
        if (meta.maintenance || parent.maintenance || m.clusterMaintenance) {
            flags.add(ResourceFlag.MAINTENANCE);
        }
        if (meta.unmanaged || parent.unmanaged) {
            flags.add(ResourceFlag.UNMANAGED);
        }
        if (m.disabled(id)) {
            flags.add(ResourceFlag.DISABLED);
        }
        if (m.failedActions.stream().anyMatch(a -> a.resource().equals(id))) {
            flags.add(ResourceFlag.FAILED);
        }
        return flags;
    }
}
