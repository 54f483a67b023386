package io.tandem.executor;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The executor's threaded shell: one scheduler thread asks {@link ExecutorCore} what is due and hands it to
 * a worker pool; workers run agents through {@link AgentInvoker} and report back. All decisions stay in the
 * core, which is only touched under one lock.
 */
public final class LocalExecutor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalExecutor.class.getName());
    /** Longest the scheduler sleeps without a reason; bounds the effect of a clock that jumps. */
    private static final long MAX_SLEEP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ExecutorCore core;
    private final AgentInvoker invoker;
    private final MetadataCache metadata;
    private final InstantSource clock;
    /** One virtual thread per running operation: agents mostly wait, and virtual threads wait cheaply. */
    private final ExecutorService workers;
    private final Semaphore slots;
    /** When the scheduler thread plans to wake up next (guarded by lock); null while it runs. */
    private Instant plannedWake;
    private final Thread scheduler;
    private final ReentrantLock lock = new ReentrantLock();
    /** Held by the one thread delivering events; never waited for. */
    private final ReentrantLock publishLock = new ReentrantLock();
    private final java.util.Queue<Delivery> outbox = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Condition wake = lock.newCondition();
    private final Map<Integer, List<CompletableFuture<OperationEvent>>> waiters = new HashMap<>();
    private final List<Consumer<OperationEvent>> listeners = new CopyOnWriteArrayList<>();
    private final java.util.Set<AgentId> noMetadata = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private boolean closed;

    /**
     * @param maxConcurrent how many agents may run at once across all resources
     */
    public LocalExecutor(AgentInvoker invoker, OpDigester digester, InstantSource clock, int maxConcurrent) {
        this.invoker = invoker;
        this.clock = clock;
        this.metadata = new MetadataCache(invoker::metaData);
        this.core = new ExecutorCore(invoker.node(), digester, metadata::peek);
        this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("tandem-executor-op-", 0).factory());
        this.slots = new Semaphore(maxConcurrent);
        this.scheduler = new Thread(this::schedulerLoop, "tandem-executor-scheduler");
        scheduler.setDaemon(true);
        scheduler.start();
    }

    public void register(ResourceDefinition def) {
        withLock(() -> core.register(def));
    }

    public void unregister(String resourceId) {
        decideAndPublish(() -> core.unregister(resourceId, clock.instant()));
    }

    public Optional<ResourceDefinition> resource(String resourceId) {
        return withLock(() -> core.resource(resourceId));
    }

    /**
     * Queues an operation. The future completes with its first result (for a recurring operation, the first
     * run); every result also goes to the listeners.
     */
    public CompletableFuture<OperationEvent> execute(OperationRequest op) {
        CompletableFuture<OperationEvent> f = new CompletableFuture<>();
        decideAndPublish(() -> {
            if (closed) {
                throw new IllegalStateException("executor is closed");
            }
            Submission s = core.submit(op, clock.instant());
            List<CompletableFuture<OperationEvent>> fs = waiters.computeIfAbsent(s.callId(), k -> new ArrayList<>());
            if (s.mergedCallId() != 0) {
                // The earlier submitter waits for the same monitor, which now reports under the new call id.
                List<CompletableFuture<OperationEvent>> earlier = waiters.remove(s.mergedCallId());
                if (earlier != null) {
                    fs.addAll(earlier);
                }
            }
            fs.add(f);
            wakeIfEarlier();
            return s.cancelled();
        });
        return f;
    }

    /** Cancels a recurring operation; true when there was one. */
    public boolean cancel(String resourceId, String action, Duration interval) {
        boolean[] existed = new boolean[1];
        decideAndPublish(() -> {
            existed[0] = core.hasRecurring(resourceId, action, interval.toMillis());
            return core.cancel(resourceId, action, interval.toMillis(), clock.instant());
        });
        return existed[0];
    }

    public List<OperationRequest> recurringOperations() {
        return withLock(core::recurringOperations);
    }

    /**
     * Every result, delivered one at a time in the order the executor decided them. Listeners run on
     * executor threads: keep them short. They may call back into the executor.
     */
    public void addListener(Consumer<OperationEvent> listener) {
        listeners.add(listener);
    }

    /** The agent's meta-data, fetched once per agent. */
    public AgentMetadata metadata(AgentId agent) {
        return metadata.get(agent);
    }

    @Override
    public void close() {
        withLock(() -> {
            closed = true;
            wake.signal();
            return null;
        });
        scheduler.interrupt();
        // Operations in flight finish (as Pacemaker's executor lets them); only stragglers are interrupted.
        workers.shutdown();
        try {
            scheduler.join(TimeUnit.SECONDS.toMillis(5));
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void schedulerLoop() {
        lock.lock();
        try {
            while (!closed) {
                Instant now = clock.instant();
                for (Dispatch d : core.dispatch(now)) {
                    workers.execute(() -> run(d));
                }
                Instant after = clock.instant();
                long sleep = core.nextWakeup()
                        .map(t -> Math.max(0, Duration.between(after, t).toNanos()))
                        .orElse(MAX_SLEEP_NANOS);
                sleep = Math.min(sleep, MAX_SLEEP_NANOS);
                if (sleep > 0) {
                    plannedWake = after.plusNanos(sleep);
                    wake.awaitNanos(sleep);
                    plannedWake = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void run(Dispatch d) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            return; // closing
        }
        try {
            runWithSlot(d);
        } finally {
            slots.release();
        }
    }

    private void runWithSlot(Dispatch d) {
        OperationResult r;
        try {
            if (needsDigestMetadata(d.request())) {
                prefetchMetadata(d.resource().agent());
            }
            r = invoker.invoke(d.resource(), d.request());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "operation " + d.request().operationKey() + " failed inside Tandem", e);
            r = OperationResult.refused(OcfRc.ERR_GENERIC, ExecStatus.ERROR, "internal error: " + e.getMessage());
        }
        OperationResult result = r;
        decideAndPublish(() -> {
            List<OperationEvent> ev = core.complete(d, result, clock.instant());
            wakeIfEarlier();
            return ev;
        });
    }

    /** Digests need meta-data (reloadable parameters); fetch it before the op so the core never runs it. */
    private static boolean needsDigestMetadata(OperationRequest op) {
        return !"meta-data".equals(op.action()) && op.intervalMs() == 0;
    }

    private void prefetchMetadata(AgentId agent) {
        if (metadata.peek(agent).isPresent() || noMetadata.contains(agent)) {
            return;
        }
        try {
            metadata.get(agent);
        } catch (MetadataException e) {
            // Remembered so a broken agent does not pay a meta-data run before every operation.
            noMetadata.add(agent);
            LOG.log(Level.FINE, "no meta-data for {0}: {1}", new Object[] {agent, e.getMessage()});
        }
    }

    /**
     * Wakes the scheduler only when something is due before its planned wake-up: most completions
     * reschedule a monitor a whole interval ahead, and an extra wake-up per operation is measurable CPU.
     * Caller holds the lock.
     */
    private void wakeIfEarlier() {
        Instant planned = plannedWake;
        if (planned == null) {
            return; // the scheduler is running and will look again before it sleeps
        }
        Optional<Instant> next = core.nextWakeup();
        if (next.isPresent() && next.get().isBefore(planned)) {
            wake.signal();
        }
    }

    private record Delivery(OperationEvent event, List<CompletableFuture<OperationEvent>> futures) {
    }

    /**
     * Runs a decision under the core lock and queues its events in decision order; then delivers queued
     * events unless another thread is already delivering (it will deliver these too). Delivery never waits
     * for a lock, so listeners and future callbacks may call back into the executor without deadlock.
     */
    private void decideAndPublish(java.util.function.Supplier<List<OperationEvent>> decision) {
        lock.lock();
        try {
            for (OperationEvent e : decision.get()) {
                List<CompletableFuture<OperationEvent>> fs = waiters.remove(e.callId());
                outbox.add(new Delivery(e, fs == null ? List.of() : fs));
            }
        } finally {
            lock.unlock();
        }
        drain();
    }

    private void drain() {
        if (publishLock.isHeldByCurrentThread()) {
            return; // a listener called back into the executor: the outer drain delivers in order
        }
        // Re-check after unlocking: an event queued while we were finishing must not be stranded.
        while (!outbox.isEmpty() && publishLock.tryLock()) {
            try {
                Delivery d;
                while ((d = outbox.poll()) != null) {
                    deliver(d);
                }
            } finally {
                publishLock.unlock();
            }
        }
    }

    private void deliver(Delivery d) {
        d.futures().forEach(f -> f.complete(d.event()));
        for (Consumer<OperationEvent> l : listeners) {
            try {
                l.accept(d.event());
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "executor listener failed", ex);
            }
        }
    }

    private void withLock(Runnable r) {
        lock.lock();
        try {
            r.run();
        } finally {
            lock.unlock();
        }
    }

    private <T> T withLock(java.util.function.Supplier<T> s) {
        lock.lock();
        try {
            return s.get();
        } finally {
            lock.unlock();
        }
    }
}
