package io.tandem.controller;

import io.tandem.attrd.AttributeSnapshot;
import io.tandem.attrd.AttributeUpdate;
import io.tandem.attrd.AttributeWrite;
import io.tandem.attrd.Attrd;
import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.controller.ControllerMessage.ExecuteOp;
import io.tandem.controller.ControllerMessage.OpResult;
import io.tandem.controller.ControllerMessage.StatusCommand;
import io.tandem.membership.Member;
import io.tandem.membership.Membership;
import io.tandem.membership.MembershipListener;
import io.tandem.membership.QuorumState;
import io.tandem.membership.View;
import io.tandem.scheduler.SchedulerResult;
import io.tandem.transition.Action;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The controller's runtime shell: one thread feeds {@link ControllerCore} with membership events,
 * peer messages and local requests, and carries out its effects in order (persist before send). On
 * the DC it also runs the {@link TransitionEngine}; on every node it runs operations through
 * {@link LocalResources}.
 */
public final class Controller implements MembershipListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Controller.class.getName());

    private final Membership membership;
    private final CibPersistence persistence;
    private final InstantSource clock;
    /** Who hears of an Error on the controller thread (fail-fast wires itself here); logs by default. */
    private volatile Thread.UncaughtExceptionHandler fatal = (t, e) ->
            LOG.log(Level.SEVERE, "event=controller-died reason=\"" + e + "\"", e);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tandem-controller");
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> fatal.uncaughtException(th, e));
        return t;
    });
    private final Map<String, CompletableFuture<CommitResult>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Cib>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SchedulerResult>> transitionListeners = new CopyOnWriteArrayList<>();
    private ControllerCore core;
    private LocalResources local;
    private Attrd attrd;
    private TransitionEngine engine;
    private AutoCloseable subscription;
    private volatile Cib snapshot;
    private volatile boolean dc;
    private volatile String dcName;
    private boolean warnedNoFencing;

    public Controller(Membership membership, CibPersistence persistence, InstantSource clock) {
        this.membership = membership;
        this.persistence = persistence;
        this.clock = clock;
    }

    /**
     * A RuntimeException in one event is logged and the controller goes on; an Error (out of memory, a
     * bug that broke an invariant) leaves it in an unknown state, so it goes to {@code handler} instead.
     */
    public Controller onFatal(Thread.UncaughtExceptionHandler handler) {
        this.fatal = handler;
        return this;
    }

    /**
     * Wires the node-local parts and subscribes; call before the membership starts so no view is missed.
     *
     * @param localResources built with {@link #sendToDc} as its report channel
     */
    public void start(LocalResources localResources, Attrd attributes) {
        this.local = localResources;
        this.attrd = attributes;
        Cib initial = persistence.load().orElse(Cib.empty());
        snapshot = initial;
        core = new ControllerCore(membership.localMember().name(), initial, localResources::history);
        engine = new TransitionEngine(() -> snapshot, this::dispatch, this::clusterAction, clock,
                r -> transitionListeners.forEach(l -> l.accept(r)));
        subscription = membership.subscribe(this);
    }

    // ---- queries (any thread) ----

    public Cib cib() {
        return snapshot;
    }

    public boolean isDc() {
        return dc;
    }

    public Optional<String> dc() {
        return Optional.ofNullable(dcName);
    }

    public String localNode() {
        return membership.localMember().name();
    }

    /** Whether the DC has nothing to do: no transition running or due. Only meaningful on the DC. */
    public boolean idle() {
        return engine == null || !engine.busy();
    }

    public void addListener(Consumer<Cib> l) {
        listeners.add(l);
    }

    public void addTransitionListener(Consumer<SchedulerResult> l) {
        transitionListeners.add(l);
    }

    // ---- requests (any thread) ----

    public CompletableFuture<CommitResult> commitConfiguration(String user, String configurationXml,
            String expectedVersion) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<CommitResult> f = register(id);
        submit(() -> apply(core.commitConfiguration(id, user, configurationXml, expectedVersion), true));
        return f;
    }

    public CompletableFuture<CommitResult> cleanup(String user, List<String> resources, String node) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<CommitResult> f = register(id);
        submit(() -> apply(core.statusCommand(id, user, "cleanup", String.join(",", resources),
                node == null ? "" : node), true));
        return f;
    }

    /** attrd's writer records values in the CIB (the writer is the view's coordinator, so the DC). */
    public void writeAttributes(AttributeWrite w) {
        submit(() -> apply(core.updateStatus("attrd", c -> NodeAttributes.apply(c, w)), true));
    }

    /** Where {@link LocalResources} reports results: to the DC, wherever it is. */
    public void sendToDc(OpResult r) {
        submit(() -> {
            String target = dcName;
            if (target == null) {
                LOG.warning("event=result-without-dc rsc-update-dropped node=" + r.node());
            } else if (target.equals(localNode())) {
                onOpResult(r);
            } else {
                transmit(() -> membership.send(target, ControllerCodec.encode(r)));
            }
        });
    }

    // ---- membership callbacks ----

    @Override
    public void viewChanged(View view, QuorumState quorum) {
        submit(() -> {
            List<String> gone = core.view().map(v -> v.leftSince(view).stream().map(Member::name).toList())
                    .orElse(List.of());
            apply(core.onView(view, quorum.quorate()), true);
            gone.forEach(engine::nodeLost);
        });
    }

    @Override
    public void quorumChanged(QuorumState quorum) {
        submit(() -> apply(core.onQuorum(quorum.quorate()), true));
    }

    @Override
    public void received(Member from, byte[] payload, boolean broadcast) {
        ControllerMessage m;
        try {
            m = ControllerCodec.decode(payload);
        } catch (IllegalArgumentException e) {
            LOG.warning("event=bad-message from=" + from.name() + " reason=\"" + e.getMessage() + "\"");
            return;
        }
        if (m == null) {
            return;
        }
        submit(() -> onMessage(from.name(), m));
    }

    private void onMessage(String from, ControllerMessage m) {
        switch (m) {
            case ExecuteOp op -> local.execute(op);
            case OpResult r -> {
                if (core.isDc()) {
                    onOpResult(r);
                }
            }
            case StatusCommand s when s.command().equals("clear-failures") -> {
                if (core.isDc()) {
                    clearFailures(List.of(s.resource().split(",")), s.node());
                }
            }
            default -> apply(core.onMessage(from, m), !(m instanceof ControllerMessage.CibUpdate));
        }
    }

    /** On the DC: record the result, count a failure, and let the transition go on or recompute. */
    private void onOpResult(OpResult r) {
        LrmResource update = LrmResource.fromXml(CibXml.parse(r.lrmRscOpXml()));
        apply(core.updateStatus("executor", c -> History.record(c, r.node(), update)), false);
        for (LrmRscOp op : update.ops()) {
            if (op.id().endsWith("_last_failure_0")) {
                continue;
            }
            String key = op.get("transition-key");
            boolean failed = FailurePolicy.isFailure(op);
            if (failed) {
                countFailure(r.node(), update.id(), op);
            }
            boolean expected = key != null && !key.isEmpty() && !failed;
            if (key != null && !key.isEmpty()) {
                engine.opCompleted(key, op.rcCode(), op.opStatus());
            }
            if (!expected) {
                engine.trigger(true);
            }
        }
    }

    private void countFailure(String node, String rsc, LrmRscOp op) {
        String suffix = rsc + "#" + op.operation() + "_" + op.intervalMs();
        boolean fatalStart = "start".equals(op.operation()) && !"false".equalsIgnoreCase(
                snapshot.configuration().property("start-failure-is-fatal").orElse("true"));
        String value = fatalStart ? "INFINITY" : "value++";
        runQuietly(() -> attrd.update(AttributeUpdate.set("fail-count-" + suffix, node, value)));
        runQuietly(() -> attrd.update(AttributeUpdate.set("last-failure-" + suffix, node,
                Long.toString(clock.instant().getEpochSecond()))));
    }

    private void clearFailures(List<String> resources, String node) {
        List<AttributeSnapshot> all;
        try {
            all = attrd.all();
        } catch (RuntimeException e) {
            LOG.warning("event=clear-failures-failed reason=\"" + e.getMessage() + "\"");
            return;
        }
        for (AttributeSnapshot a : all) {
            for (String rsc : resources) {
                if (a.name().startsWith("fail-count-" + rsc + "#") || a.name().startsWith("last-failure-" + rsc + "#")) {
                    for (String n : a.values().keySet()) {
                        if (node == null || node.isEmpty() || node.equals(n)) {
                            runQuietly(() -> attrd.update(AttributeUpdate.delete(a.name(), n)));
                        }
                    }
                }
            }
        }
    }

    private void dispatch(ExecuteOp op) {
        submit(() -> {
            if (op.node().equals(localNode())) {
                local.execute(op);
            } else if (!membership.view().contains(op.node())) {
                // Gone before we could ask: no answer will come, so the transition must not wait for one.
                engine.nodeLost(op.node());
            } else {
                transmit(() -> membership.send(op.node(), ControllerCodec.encode(op)));
            }
        });
    }

    private void clusterAction(Action a) {
        if ("clear_failcount".equals(a.task()) && a.rsc() != null) {
            submit(() -> clearFailures(List.of(ActionPreparer.stripInstance(a.rsc())), a.node()));
        }
    }

    private void apply(List<ControllerEffect> effects, boolean abortOnChange) {
        for (ControllerEffect e : effects) {
            switch (e) {
                case ControllerEffect.Persist p -> persistence.save(p.cib(), p.user(), p.origin());
                case ControllerEffect.Broadcast b -> transmit(() -> membership.broadcast(ControllerCodec.encode(b.message())));
                case ControllerEffect.Send s -> {
                    if (s.node().equals(localNode())) {
                        onMessage(localNode(), s.message());
                    } else {
                        transmit(() -> membership.send(s.node(), ControllerCodec.encode(s.message())));
                    }
                }
                case ControllerEffect.Complete c -> {
                    CompletableFuture<CommitResult> f = pending.remove(c.requestId());
                    if (f != null) {
                        f.complete(c.result());
                    }
                }
                case ControllerEffect.CibChanged c -> {
                    snapshot = c.cib();
                    if (core.isDc()) {
                        warnAboutFencingOnce(c.cib());
                        engine.trigger(abortOnChange);
                    }
                    listeners.forEach(l -> {
                        try {
                            l.accept(c.cib());
                        } catch (RuntimeException ex) {
                            LOG.log(Level.WARNING, "event=listener-failed", ex);
                        }
                    });
                }
                case ControllerEffect.DcChanged d -> {
                    dc = d.local();
                    dcName = d.dc();
                    LOG.info("event=dc-changed dc=" + d.dc() + " local=" + d.local());
                    engine.setActive(d.local());
                }
                case ControllerEffect.Integrated i -> {
                    LOG.info("event=integrated members=" + core.view().map(View::names).orElse(List.of()));
                    engine.trigger(true);
                }
            }
        }
    }

    private void warnAboutFencingOnce(Cib cib) {
        if (!warnedNoFencing && "false".equalsIgnoreCase(cib.configuration().property("stonith-enabled").orElse("true"))) {
            warnedNoFencing = true;
            LOG.warning("event=fencing-disabled risk=\"a node that stops answering is assumed down; its resources are "
                    + "started elsewhere without fencing, which can run them twice if it is only hung\"");
        }
    }

    private CompletableFuture<CommitResult> register(String id) {
        CompletableFuture<CommitResult> f = new CompletableFuture<>();
        pending.put(id, f);
        return f;
    }

    private void submit(Runnable r) {
        thread.execute(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "event=controller-error reason=\"" + e + "\"", e);
            }
        });
    }

    /**
     * A send can fail while views change (the peer just left, or this node is between views); the next
     * view's join protocol resynchronises everything, so it is logged and the effects go on.
     */
    private static void transmit(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.info("event=send-failed reason=\"" + e.getMessage() + "\"");
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warning("event=attrd-update-failed reason=\"" + e.getMessage() + "\"");
        }
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        if (engine != null) {
            engine.close();
        }
        // Let a persist in progress finish: interrupting a thread inside H2's FileChannel closes the
        // channel under the whole store, and the store then fails to close cleanly.
        thread.shutdown();
        if (!thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
            LOG.warning("event=controller-stop-timeout reason=\"events still queued after 10 s\"");
            thread.shutdownNow();
        }
    }

    /** For tests: runs on the controller thread and waits, so callers see every earlier event applied. */
    <T> T onControllerThread(Supplier<T> s) {
        try {
            return CompletableFuture.supplyAsync(s, thread).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
