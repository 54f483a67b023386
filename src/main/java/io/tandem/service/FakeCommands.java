package io.tandem.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a {@link Command} to a {@link FakeModel}: the configuration or status change only, never the
 * resulting placement (the scheduler decides that). Used on a copy for previews and on the live model
 * for execution, so the preview is exactly what execution would do.
 */
final class FakeCommands {

    /** What applying did: whether it was accepted, crm-like output lines and warnings known before scheduling. */
    record Applied(boolean ok, List<String> output, List<Warning> warnings, Set<String> bans) {
    }

    private FakeCommands() {
    }

    static Applied apply(FakeModel m, Command command, String user, Instant now) {
        List<String> out = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Set<String> bans = new TreeSet<>();
        boolean ok = switch (command) {
            case Command.Move mv -> move(m, mv, user, now, out, warnings, bans);
            case Command.Clear c -> clear(m, c, out);
            case Command.Cleanup c -> cleanup(m, c, out);
            case Command.SetRunning r -> withResource(m, r.resourceId(), out, meta -> meta.stopped = !r.running());
            case Command.SetManaged r -> withResource(m, r.resourceId(), out, meta -> meta.unmanaged = !r.managed());
            case Command.SetResourceMaintenance r -> withResource(m, r.resourceId(), out, meta -> meta.maintenance = r.on());
            case Command.SetStandby s -> withNode(m, s.nodeName(), out, n -> n.standby = s.standby());
            case Command.SetNodeMaintenance s -> withNode(m, s.nodeName(), out, n -> n.maintenance = s.on());
            case Command.SetClusterMaintenance s -> {
                m.clusterMaintenance = s.on();
                yield true;
            }
            case Command.CommitConfiguration c -> commit(m, c, user, now, out);
            case Command.EraseConfiguration e -> erase(m, e, out);
        };
        return new Applied(ok, out, warnings, bans);
    }

    private static boolean move(FakeModel m, Command.Move mv, String user, Instant now, List<String> out,
                                List<Warning> warnings, Set<String> bans) {
        String rsc = mv.resourceId();
        if (!m.exists(rsc)) {
            out.add("ERROR: resource " + rsc + " does not exist");
            return false;
        }
        if (m.isMember(rsc) || rsc.equals(FakeModel.CLONED) || rsc.equals(FakeModel.CLONE)) {
            out.add("ERROR: " + rsc + " cannot be moved on its own: move group " + FakeModel.GROUP);
            return false;
        }
        if (mv.target().isPresent() && !m.nodes.containsKey(mv.target().get())) {
            out.add("ERROR: node " + mv.target().get() + " does not exist");
            return false;
        }
        Optional<Instant> expires = mv.lifetime().map(now::plus);
        Optional<String> current = m.groupNode();
        m.moves.removeIf(c -> c.resource().equals(rsc));
        if (mv.target().isPresent()) {
            String target = mv.target().get();
            m.moves.add(new MoveConstraint("cli-prefer-" + rsc, rsc, MoveKind.PREFER, target, now, user, expires));
            if (mv.force() && current.isPresent() && !current.get().equals(target)) {
                addBan(m, rsc, current.get(), user, now, expires, out, warnings, bans);
            }
        } else if (current.isPresent()) {
            addBan(m, rsc, current.get(), user, now, expires, out, warnings, bans);
        } else {
            out.add("ERROR: " + rsc + " is not running: give a target node");
            return false;
        }
        expires.ifPresent(e -> warnings.add(new Warning(Warning.Code.EXPIRES, List.of(e.toString()),
                "The move constraints expire at " + e + ".")));
        return true;
    }

    private static void addBan(FakeModel m, String rsc, String node, String user, Instant now, Optional<Instant> expires,
                               List<String> out, List<Warning> warnings, Set<String> bans) {
        String id = "cli-ban-" + rsc + "-on-" + node;
        m.moves.add(new MoveConstraint(id, rsc, MoveKind.BAN, node, now, user, expires));
        bans.add(id);
        String text = "Creating rsc_location constraint '" + id + "' with a score of -INFINITY for resource " + rsc
                + " on " + node + ". This will prevent " + rsc + " from running on " + node
                + " until the constraint is removed using the clear option or by editing the CIB with an appropriate tool."
                + " This will be the case even if " + node + " is the last node in the cluster";
        out.add("WARNING: " + text);
        warnings.add(new Warning(Warning.Code.BAN_BLOCKS_FAILOVER, List.of(id, rsc, node), text));
    }

    private static boolean clear(FakeModel m, Command.Clear c, List<String> out) {
        if (!m.exists(c.resourceId())) {
            out.add("ERROR: resource " + c.resourceId() + " does not exist");
            return false;
        }
        List<MoveConstraint> gone = m.moves.stream()
                .filter(mc -> mc.resource().equals(c.resourceId()))
                .filter(mc -> c.onNode().map(mc.node()::equals).orElse(true))
                .toList();
        m.moves.removeAll(gone);
        for (MoveConstraint mc : gone) {
            out.add("Removed constraint " + mc.id());
        }
        return true;
    }

    private static boolean cleanup(FakeModel m, Command.Cleanup c, List<String> out) {
        List<String> resources = new ArrayList<>();
        if (c.resourceId().isEmpty()) {
            resources.addAll(List.of("vip", "httpd", "ping"));
        } else {
            String r = c.resourceId().get();
            if (!m.exists(r)) {
                out.add("ERROR: resource " + r + " does not exist");
                return false;
            }
            // crm cleans the whole group unless forced to the one resource (the tutorial's "Cleaned up vip ...").
            if (r.equals(FakeModel.GROUP) || m.isMember(r) && !c.force()) {
                resources.addAll(FakeModel.MEMBERS);
            } else if (r.equals(FakeModel.CLONE)) {
                resources.add(FakeModel.CLONED);
            } else {
                resources.add(r);
            }
        }
        List<String> nodes = c.onNode().map(List::of).orElse(List.copyOf(m.nodes.keySet()));
        for (String node : nodes) {
            for (String r : resources) {
                m.failures.remove(FakeModel.key(r, node));
                m.failedActions.removeIf(a -> a.resource().equals(r) && a.node().equals(node));
                m.failedInPlace.remove(r);
                out.add("Cleaned up " + r + " on " + node);
            }
        }
        out.add("Waiting for " + resources.size() * nodes.size() + " replies from the CRMd" + ".".repeat(2) + " OK");
        return true;
    }

    private static boolean withResource(FakeModel m, String id, List<String> out, java.util.function.Consumer<FakeModel.Meta> change) {
        if (!m.exists(id)) {
            out.add("ERROR: resource " + id + " does not exist");
            return false;
        }
        change.accept(m.meta.get(id));
        return true;
    }

    private static boolean withNode(FakeModel m, String node, List<String> out, java.util.function.Consumer<FakeModel.NodeState> change) {
        FakeModel.NodeState n = m.nodes.get(node);
        if (n == null) {
            out.add("ERROR: node " + node + " does not exist");
            return false;
        }
        change.accept(n);
        return true;
    }

    private static boolean commit(FakeModel m, Command.CommitConfiguration c, String user, Instant now, List<String> out) {
        List<ConfigProblem> problems = FakeConfiguration.validate(c.crmText());
        if (!problems.isEmpty()) {
            problems.forEach(p -> out.add("ERROR: line " + p.line() + ": " + p.message()));
            return false;
        }
        var props = FakeConfiguration.pairs(c.crmText(), "property");
        var defaults = FakeConfiguration.pairs(c.crmText(), "rsc_defaults");
        m.clusterMaintenance = Boolean.parseBoolean(props.getOrDefault("maintenance-mode", "false"));
        m.stonithEnabled = Boolean.parseBoolean(props.getOrDefault("stonith-enabled", "true"));
        m.stickiness = io.tandem.cib.Score.parse(defaults.getOrDefault("resource-stickiness", "0"));
        m.migrationThreshold = io.tandem.cib.Score.parse(defaults.getOrDefault("migration-threshold", "1000000"));
        List<MoveConstraint> kept = new ArrayList<>();
        for (FakeConfiguration.CliLocation l : FakeConfiguration.cliLocations(c.crmText())) {
            MoveConstraint old = m.moves.stream().filter(mc -> mc.id().equals(l.id())).findFirst().orElse(null);
            kept.add(old != null && old.node().equals(l.node()) ? old
                    : new MoveConstraint(l.id(), l.resource(), l.ban() ? MoveKind.BAN : MoveKind.PREFER, l.node(), now, user, Optional.empty()));
        }
        m.moves.clear();
        m.moves.addAll(kept);
        out.add("Committed.");
        return true;
    }

    private static boolean erase(FakeModel m, Command.EraseConfiguration e, List<String> out) {
        if (!e.confirmation().equals(FakeClusterService.CLUSTER_NAME)) {
            out.add("ERROR: type the cluster name to confirm erasing the configuration");
            return false;
        }
        if (!m.placement.isEmpty() || !m.pingNodes.isEmpty()) {
            out.add("ERROR: resources are running: put every node in standby first, then erase");
            return false;
        }
        m.erased = true;
        m.moves.clear();
        m.failures.clear();
        m.failedActions.clear();
        out.add("Configuration erased.");
        return true;
    }
}
