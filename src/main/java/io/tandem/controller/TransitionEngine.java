package io.tandem.controller;

import io.tandem.cib.Cib;
import io.tandem.controller.ControllerMessage.ExecuteOp;
import io.tandem.scheduler.Scheduler;
import io.tandem.scheduler.SchedulerResult;
import io.tandem.transition.Action;
import io.tandem.transition.ActionResult;
import io.tandem.transition.GraphRunner;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The DC's transition loop: on every relevant change it asks the scheduler for a new transition and
 * runs it with the shared {@link GraphRunner}, whose resource handler dispatches each operation to its
 * node and waits for the result. A change that makes the running transition stale aborts it (no new
 * action fires) and a fresh one is computed, as Pacemaker's controller does.
 */
public final class TransitionEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TransitionEngine.class.getName());
    /** How long past an operation's own timeout the DC waits for its result before giving up on it. */
    private static final long RESULT_GRACE_MS = 15_000;
    /** After an incomplete transition, the next one waits this long for the failure's fail-count to land. */
    private static final long RETRY_DELAY_MS = 400;

    private final Supplier<Cib> cib;
    private final Consumer<ExecuteOp> dispatch;
    private final Consumer<Action> clusterAction;
    private final InstantSource clock;
    private final Consumer<SchedulerResult> listener;
    private final Map<String, CompletableFuture<OpOutcome>> waiting = new ConcurrentHashMap<>();
    /** Where each awaited operation was sent, so a node that leaves does not leave its waits hanging. */
    private final Map<String, String> waitingOn = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final String uuid = UUID.randomUUID().toString();
    private final Thread thread;
    private boolean dirty;
    private volatile boolean abort;
    private boolean active;
    private boolean closed;
    private boolean running;
    private long retryAt;
    private int transitionId;

    /**
     * @param cib           the DC's current CIB
     * @param dispatch      sends an operation to its node (the local executor or a peer)
     * @param clusterAction runs cluster actions such as clear_failcount
     * @param listener      told of each computed transition (history, metrics)
     */
    public TransitionEngine(Supplier<Cib> cib, Consumer<ExecuteOp> dispatch, Consumer<Action> clusterAction,
            InstantSource clock, Consumer<SchedulerResult> listener) {
        this.cib = cib;
        this.dispatch = dispatch;
        this.clusterAction = clusterAction;
        this.clock = clock;
        this.listener = listener;
        this.thread = new Thread(this::loop, "tandem-transition");
        thread.setDaemon(true);
        thread.start();
    }

    /** This node became DC (true) or stopped being it (false). */
    public void setActive(boolean dc) {
        synchronized (this.lock) {
            active = dc;
            if (!dc) {
                abort = true;
                dirty = false;
                waiting.values().forEach(f -> f.complete(new OpOutcome(1, 4)));
            } else {
                dirty = true;
            }
            this.lock.notifyAll();
        }
    }

    /** Something changed: compute a new transition; {@code abortCurrent} stops the running one first. */
    public void trigger(boolean abortCurrent) {
        synchronized (lock) {
            dirty = true;
            if (abortCurrent) {
                abort = true;
            }
            lock.notifyAll();
        }
    }

    /** The result of a dispatched operation arrived (and is already recorded in the CIB). */
    public void opCompleted(String transitionKey, int rc, int opStatus) {
        CompletableFuture<OpOutcome> f = waiting.remove(transitionKey);
        if (f != null) {
            f.complete(new OpOutcome(rc, opStatus));
        }
    }

    /**
     * The node left the view: its operations will never report. They end as failed (op-status 4, "not
     * connected") right away, so the transition ends and the next one plans without the node.
     */
    public void nodeLost(String node) {
        for (Map.Entry<String, String> e : List.copyOf(waitingOn.entrySet())) {
            if (e.getValue().equals(node)) {
                waitingOn.remove(e.getKey());
                opCompleted(e.getKey(), 1, 4);
            }
        }
    }

    /** Whether a transition is running or due (tests and the UI wait for the cluster to settle). */
    public boolean busy() {
        synchronized (lock) {
            return dirty || !waiting.isEmpty() || running;
        }
    }

    private void loop() {
        while (true) {
            synchronized (lock) {
                while (!closed) {
                    long now = clock.millis();
                    if (active && dirty && now >= retryAt) {
                        break;
                    }
                    try {
                        lock.wait(active && dirty ? Math.max(1, retryAt - now) : 0);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                dirty = false;
                abort = false;
                running = true;
            }
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event=transition-failed reason=\"" + e + "\"", e);
                synchronized (lock) {
                    dirty = true;
                    retryAt = clock.millis() + 1000;
                }
            } finally {
                synchronized (lock) {
                    running = false;
                    lock.notifyAll();
                }
            }
        }
    }

    private void runOnce() {
        Cib snapshot = cib.get();
        SchedulerResult result = Scheduler.schedule(snapshot, clock.instant());
        listener.accept(result);
        if (result.graph().isEmpty()) {
            return;
        }
        int id = ++transitionId;
        LOG.info("event=transition-start id=" + id + " actions=" + result.graph().actions().size()
                + " summary=\"" + String.join("; ", result.summary()) + "\"");
        GraphRunner runner = new GraphRunner(Map.of(
                Action.Kind.RESOURCE, a -> execute(a, id),
                Action.Kind.CLUSTER, a -> {
                    clusterAction.accept(a);
                    return ActionResult.OK;
                },
                Action.Kind.FENCE, a -> {
                    LOG.warning("event=fencing-unsupported action=" + a.key());
                    return ActionResult.failed(1);
                }), a -> { });
        GraphRunner.Run run = runner.run(result.graph());
        LOG.info("event=transition-end id=" + id + " complete=" + run.complete() + " fired=" + run.fired().size()
                + " failed=" + run.failed().size() + " skipped=" + run.skipped().size());
        if (!run.complete()) {
            synchronized (lock) {
                dirty = true;
                retryAt = clock.millis() + RETRY_DELAY_MS;
            }
        }
    }

    private ActionResult execute(Action a, int transition) {
        if (abort) {
            return ActionResult.failed(-1);
        }
        Optional<ExecuteOp> prepared = ActionPreparer.prepare(cib.get(), a, transition, uuid, clock.instant());
        if (prepared.isEmpty()) {
            LOG.warning("event=action-unresolved action=" + a.key() + " node=" + a.node());
            return ActionResult.failed(1);
        }
        ExecuteOp op = prepared.get();
        CompletableFuture<OpOutcome> f = new CompletableFuture<>();
        waiting.put(op.transitionKey(), f);
        waitingOn.put(op.transitionKey(), op.node());
        dispatch.accept(op);
        OpOutcome outcome;
        try {
            outcome = f.get(op.timeoutMs() + RESULT_GRACE_MS, TimeUnit.MILLISECONDS);
            waitingOn.remove(op.transitionKey());
        } catch (TimeoutException e) {
            waitingOn.remove(op.transitionKey());
            waiting.remove(op.transitionKey());
            LOG.warning("event=action-lost action=" + a.key() + " node=" + a.node());
            outcome = OpOutcome.timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ActionResult.failed(1);
        } catch (ExecutionException e) {
            return ActionResult.failed(1);
        }
        boolean probe = "monitor".equals(a.task()) && a.intervalMs() == 0;
        int target = Integer.parseInt(op.transitionKey().split(":")[2]);
        if (probe && outcome.rc() != target && outcome.meets(target, true)) {
            // The probe found it in another state than assumed: the rest of the plan is stale.
            trigger(true);
            return ActionResult.failed(outcome.rc());
        }
        return outcome.meets(target, probe) ? ActionResult.OK : ActionResult.failed(outcome.rc());
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            abort = true;
            lock.notifyAll();
        }
        waiting.values().forEach(f -> f.complete(new OpOutcome(1, 4)));
        thread.interrupt();
    }
}
