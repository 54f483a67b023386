package io.tandem.service;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * THE FAKE: an in-memory, deterministic {@link ClusterService} shaped like the tutorial's cluster, for
 * development, the demo and browser tests until the real service is wired to the scheduler, crm and
 * controller. Test hooks ({@link #failResource}, {@link #setNodeOnline}, {@link #setGatewayReachable},
 * {@link #setNodeAttribute}) play the cluster's part. All state sits behind one lock; listeners are
 * called after it is released.
 */
public final class FakeClusterService implements ClusterService {

    public static final String CLUSTER_NAME = "tutorial";
    private static final String CLUSTER_ACTOR = "pacemaker-controld";

    private final InstantSource clock;
    private final String localNode;
    private final Object lock = new Object();
    private final List<ClusterListener> listeners = new CopyOnWriteArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<HistoryEvent> history = new ArrayList<>();
    private final Map<String, Map<String, String>> extraAttributes = new TreeMap<>();
    private FakeModel model = FakeModel.tutorial();
    private FakeScheduler.Plan plan;
    private long version = 1;
    private Instant lastChange;
    private String lastChangeBy = CLUSTER_ACTOR;
    private String lastChangeOrigin;
    private int nextCallId = 100;

    public FakeClusterService(InstantSource clock, String localNode) {
        this.clock = clock;
        this.localNode = localNode;
        this.lastChange = clock.instant();
        this.lastChangeOrigin = localNode;
        synchronized (lock) {
            for (String node : model.nodes.keySet()) {
                record(HistoryKind.NODE_JOIN, null, node, "state=member");
            }
            reschedule(Set.of());
        }
    }

    @Override
    public String localNode() {
        return localNode;
    }

    // ---- queries -------------------------------------------------------------------------------------

    @Override
    public ClusterSnapshot snapshot() {
        synchronized (lock) {
            return FakeSnapshots.build(model, plan, version, clock.instant(), summary(), extraAttributes);
        }
    }

    private ClusterSummary summary() {
        Optional<String> dc = model.nodes.entrySet().stream().filter(e -> e.getValue().online).map(Map.Entry::getKey).findFirst();
        long online = model.nodes.values().stream().filter(n -> n.online).count();
        int resources = model.erased ? 0 : 2 + model.nodes.size();
        return new ClusterSummary(CLUSTER_NAME, dc, online * 2 > model.nodes.size() || online >= 1,
                model.nodes.size(), resources, lastChange, lastChangeBy, lastChangeOrigin,
                model.clusterMaintenance, model.stonithEnabled);
    }

    @Override
    public ScoreBreakdown whyHere(String resource) {
        synchronized (lock) {
            List<NodeScore> scores = plan.scores().getOrDefault(resource, List.of());
            Optional<String> on = scores.stream().filter(NodeScore::chosen).map(NodeScore::node).findFirst();
            return new ScoreBreakdown(resource, on, scores);
        }
    }

    @Override
    public ConfigurationText configuration() {
        synchronized (lock) {
            return new ConfigurationText(version, FakeConfiguration.crm(model), FakeConfiguration.xml(model, version));
        }
    }

    @Override
    public List<ConfigProblem> validate(String crmText) {
        return FakeConfiguration.validate(crmText);
    }

    @Override
    public ConfigPreview previewConfiguration(String crmText) {
        List<ConfigProblem> problems = validate(crmText);
        String current = configuration().crm();
        Command commit = new Command.CommitConfiguration(crmText, version);
        Preview transition = problems.isEmpty() ? preview(commit) : new Preview(commit, List.of(), List.of());
        return new ConfigPreview(problems, LineDiff.diff(current, crmText), transition);
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        synchronized (lock) {
            return newestFirst(audit, limit);
        }
    }

    @Override
    public List<HistoryEvent> history(HistoryFilter filter) {
        synchronized (lock) {
            return newestFirst(history.stream().filter(filter::matches).toList(), filter.limit());
        }
    }

    private static <T> List<T> newestFirst(List<T> list, int limit) {
        List<T> out = new ArrayList<>(list.reversed());
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    @Override
    public Registration subscribe(ClusterListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---- commands ------------------------------------------------------------------------------------

    @Override
    public Preview preview(Command command) {
        synchronized (lock) {
            FakeModel copy = model.copy();
            FakeCommands.Applied applied = FakeCommands.apply(copy, command, "preview", clock.instant());
            if (!applied.ok()) {
                List<Warning> errors = applied.output().stream()
                        .map(line -> new Warning(Warning.Code.NO_EFFECT, List.of(line), line)).toList();
                return new Preview(command, List.of(), errors);
            }
            FakeScheduler.Plan next = FakeScheduler.schedule(copy);
            List<PlannedAction> actions = FakeTransitions.between(model, next, Set.of());
            List<Warning> warnings = new ArrayList<>(applied.warnings());
            warnings.addAll(FakeTransitions.warnings(model, copy, next, command, actions));
            return new Preview(command, actions, warnings);
        }
    }

    @Override
    public CommandResult execute(Actor actor, Command command) {
        if (!actor.role().includes(command.requiredRole())) {
            synchronized (lock) {
                appendAudit(actor, command, false, "refused: needs role " + command.requiredRole(), "");
            }
            throw new AccessDeniedException(actor, command.requiredRole());
        }
        CommandResult result;
        ClusterChange change = null;
        synchronized (lock) {
            Instant now = clock.instant();
            String before = FakeConfiguration.crm(model) + FakeConfiguration.status(model);
            FakeModel next = model.copy();
            FakeCommands.Applied applied = FakeCommands.apply(next, command, actor.user(), now);
            if (!applied.ok()) {
                long id = appendAudit(actor, command, false, String.join("\n", applied.output()), "");
                return new CommandResult(false, applied.output(), applied.warnings(), id);
            }
            FakeScheduler.Plan nextPlan = FakeScheduler.schedule(next);
            List<Warning> warnings = new ArrayList<>(applied.warnings());
            warnings.addAll(FakeTransitions.warnings(model, next, nextPlan, command, FakeTransitions.between(model, nextPlan, Set.of())));
            model = next;
            record(HistoryKind.ADMIN_ACTION, command.resource().orElse(null), command.node().orElse(null),
                    actor.user() + "@" + actor.fromNode() + ": " + command.crm());
            if (command instanceof Command.CommitConfiguration || command instanceof Command.EraseConfiguration
                    || command instanceof Command.SetClusterMaintenance) {
                record(HistoryKind.CONFIG_CHANGE, null, null, command.crm());
            }
            reschedule(Set.of());
            lastChange = now;
            lastChangeBy = actor.user();
            lastChangeOrigin = actor.fromNode();
            String after = FakeConfiguration.crm(model) + FakeConfiguration.status(model);
            long id = appendAudit(actor, command, true, String.join("\n", applied.output()), LineDiff.changes(before, after));
            result = new CommandResult(true, applied.output(), warnings, id);
            change = bump(command.crm());
        }
        fire(change);
        return result;
    }

    // ---- test hooks: the cluster's own events --------------------------------------------------------

    /** A monitor on {@code node} finds {@code resource} not running (rc 7), as after {@code kill -9}. */
    public boolean failResource(String resource, String node) {
        ClusterChange change;
        synchronized (lock) {
            boolean running = node.equals(model.placement.get(resource))
                    || resource.equals(FakeModel.CLONED) && model.pingNodes.contains(node);
            if (!running) {
                return false;
            }
            Instant now = clock.instant();
            int count = model.failCount(resource, node) + 1;
            model.failures.put(FakeModel.key(resource, node), new FakeModel.Failure(count, now));
            model.failedActions.removeIf(a -> a.resource().equals(resource) && a.node().equals(node));
            model.failedActions.add(new FailedAction(resource, "monitor", 10_000, node, 7, "not running", "complete", "",
                    nextCallId++, now, Duration.ZERO, Duration.ZERO));
            record(HistoryKind.FAILURE, resource, node, resource + "_monitor_10000 on " + node + " 'not running' (7), fail-count=" + count);
            if (model.frozen(resource)) {
                model.failedInPlace.add(resource);
            }
            reschedule(Set.of(resource));
            lastChange = now;
            lastChangeBy = CLUSTER_ACTOR;
            lastChangeOrigin = node;
            change = bump("failure " + resource + " on " + node);
        }
        fire(change);
        return true;
    }

    /** A node crashes (false) or joins (true). */
    public void setNodeOnline(String node, boolean online) {
        ClusterChange change;
        synchronized (lock) {
            model.nodes.get(node).online = online;
            if (!online) {
                model.placement.values().removeIf(node::equals);
                model.pingNodes.remove(node);
            }
            record(online ? HistoryKind.NODE_JOIN : HistoryKind.NODE_LEAVE, null, node, online ? "state=member" : "state=lost");
            reschedule(Set.of());
            lastChange = clock.instant();
            lastChangeBy = CLUSTER_ACTOR;
            change = bump("membership " + node);
        }
        fire(change);
    }

    /** The ping target answers (default_ping_set=1000) or not (0) from {@code node}. */
    public void setGatewayReachable(String node, boolean reachable) {
        ClusterChange change;
        synchronized (lock) {
            model.nodes.get(node).gatewayReachable = reachable;
            reschedule(Set.of());
            change = bump("attribute " + node);
        }
        fire(change);
    }

    /** Sets a transient node attribute, as attrd_updater would; used to measure push latency. */
    public void setNodeAttribute(String node, String name, String value) {
        ClusterChange change;
        synchronized (lock) {
            extraAttributes.computeIfAbsent(node, n -> new TreeMap<>()).put(name, value);
            change = bump("attribute " + node + " " + name);
        }
        fire(change);
    }

    // ---- internals -----------------------------------------------------------------------------------

    private void reschedule(Set<String> recovering) {
        expireMoves();
        FakeScheduler.Plan next = FakeScheduler.schedule(model);
        List<PlannedAction> actions = FakeTransitions.between(model, next, recovering);
        for (PlannedAction a : actions) {
            HistoryKind kind = switch (a.kind()) {
                case MOVE -> HistoryKind.MOVE;
                case START -> HistoryKind.START;
                case STOP -> HistoryKind.STOP;
                case RECOVER, RESTART -> HistoryKind.RECOVERY;
            };
            String resource = a.resource().contains(":") ? a.resource().substring(0, a.resource().indexOf(':')) : a.resource();
            record(kind, resource, a.to().or(a::from).orElse(null), a.text());
        }
        model.placement.clear();
        model.placement.putAll(next.placement());
        model.pingNodes.clear();
        model.pingNodes.addAll(next.pingNodes());
        model.failedInPlace.removeIf(r -> !model.frozen(r));
        plan = next;
    }

    private void expireMoves() {
        Instant now = clock.instant();
        List<MoveConstraint> expired = model.moves.stream().filter(m -> m.expires().filter(e -> !e.isAfter(now)).isPresent()).toList();
        for (MoveConstraint m : expired) {
            model.moves.remove(m);
            record(HistoryKind.CONFIG_CHANGE, m.resource(), m.node(), m.id() + " expired");
        }
    }

    private void record(HistoryKind kind, String resource, String node, String detail) {
        history.add(new HistoryEvent(history.size() + 1L, clock.instant(), kind, Optional.ofNullable(resource),
                Optional.ofNullable(node), detail));
    }

    private long appendAudit(Actor actor, Command command, boolean ok, String result, String diff) {
        long id = audit.size() + 1L;
        audit.add(new AuditEntry(id, clock.instant(), actor.user(), actor.role(), actor.fromNode(), command.crm(), ok, result, diff));
        return id;
    }

    private ClusterChange bump(String cause) {
        version++;
        return new ClusterChange(version, clock.instant(), cause);
    }

    private void fire(ClusterChange change) {
        for (ClusterListener l : listeners) {
            l.changed(change);
        }
    }
}
