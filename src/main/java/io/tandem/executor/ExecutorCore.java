package io.tandem.executor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The executor's decisions, single-threaded and free of I/O: which operation of which resource runs when,
 * recurring monitors, cancellation, call ids and history records. Time is an argument of every call, so
 * tests drive it without threads or a clock; {@link LocalExecutor} is the threaded shell around it.
 *
 * <p>Rules (Pacemaker's executor): operations of one resource never overlap and run in submission order;
 * one-shot operations go before recurring ones that are due at the same moment; a recurring operation runs
 * first after its start-delay and then one interval after each completion; submitting a recurring operation
 * that already exists (same action and interval) merges into it; a stop cancels the resource's recurring
 * operations.
 */
public final class ExecutorCore {

    private final NodeEnvironment node;
    private final OpDigester digester;
    private final Function<AgentId, Optional<AgentMetadata>> metadata;
    private final TreeMap<String, RscState> resources = new TreeMap<>();
    private final Map<String, LastRc> lastRc = new HashMap<>();
    private int nextCallId = 1;
    private long nextRunId = 1;

    /**
     * @param metadata cached meta-data lookup for digests; must not run anything
     */
    public ExecutorCore(NodeEnvironment node, OpDigester digester, Function<AgentId, Optional<AgentMetadata>> metadata) {
        this.node = node;
        this.digester = digester;
        this.metadata = metadata;
    }

    private static final class RscState {
        ResourceDefinition def;
        final ArrayDeque<Pending> queue = new ArrayDeque<>();
        final TreeMap<String, Pending> recurring = new TreeMap<>();
        Pending running;
        long runningId;

        RscState(ResourceDefinition def) {
            this.def = def;
        }
    }

    private static final class Pending {
        int callId;
        OperationRequest request;
        Instant readyAt;
        boolean cancelled;

        Pending(int callId, OperationRequest request, Instant readyAt) {
            this.callId = callId;
            this.request = request;
            this.readyAt = readyAt;
        }
    }

    private record LastRc(int rc, long epochSecond) {
    }

    /** Registers a resource, or updates its definition (parameters apply from the next operation on). */
    public void register(ResourceDefinition def) {
        RscState s = resources.get(def.id());
        if (s == null) {
            resources.put(def.id(), new RscState(def));
        } else {
            s.def = def;
        }
    }

    /** Removes an idle resource and its recurring operations (reported as cancelled). */
    public List<OperationEvent> unregister(String resourceId, Instant now) {
        RscState s = resources.get(resourceId);
        if (s == null) {
            return List.of();
        }
        if (s.running != null || !s.queue.isEmpty()) {
            throw new IllegalStateException("resource " + resourceId + " has operations in flight");
        }
        List<OperationEvent> out = cancelAllRecurring(s, now);
        resources.remove(resourceId);
        return out;
    }

    public Optional<ResourceDefinition> resource(String resourceId) {
        return Optional.ofNullable(resources.get(resourceId)).map(s -> s.def);
    }

    public List<ResourceDefinition> resources() {
        return resources.values().stream().map(s -> s.def).toList();
    }

    public Submission submit(OperationRequest op, Instant now) {
        RscState s = resources.get(op.resourceId());
        if (s == null) {
            throw new IllegalArgumentException("resource " + op.resourceId() + " is not registered");
        }
        int callId = nextCallId++;
        if (op.isRecurring()) {
            String key = recurringKey(op.action(), op.intervalMs());
            Pending dup = s.recurring.get(key);
            if (dup != null) {
                // Pacemaker merges a duplicate recurring op: one monitor keeps running, under the new call id.
                int old = dup.callId;
                dup.callId = callId;
                dup.request = op;
                return new Submission(callId, List.of(), old);
            }
            s.recurring.put(key, new Pending(callId, op, now.plus(op.startDelay())));
            return new Submission(callId, List.of(), 0);
        }
        List<OperationEvent> cancelled = "stop".equals(op.action()) ? cancelAllRecurring(s, now) : List.of();
        s.queue.addLast(new Pending(callId, op, now.plus(op.startDelay())));
        return new Submission(callId, cancelled, 0);
    }

    /**
     * Cancels a recurring operation. A run in flight finishes but is reported as cancelled and not
     * rescheduled. Returns the cancellation event when it is immediate; empty when there was nothing to
     * cancel or the run in flight will report it.
     */
    public List<OperationEvent> cancel(String resourceId, String action, long intervalMs, Instant now) {
        RscState s = resources.get(resourceId);
        if (s == null) {
            return List.of();
        }
        Pending p = s.recurring.remove(recurringKey(action, intervalMs));
        if (p == null) {
            return List.of();
        }
        return cancelled(s, p, now);
    }

    public boolean hasRecurring(String resourceId, String action, long intervalMs) {
        RscState s = resources.get(resourceId);
        return s != null && s.recurring.containsKey(recurringKey(action, intervalMs));
    }

    /** The recurring operations currently scheduled, by resource. */
    public List<OperationRequest> recurringOperations() {
        List<OperationRequest> out = new ArrayList<>();
        resources.values().forEach(s -> s.recurring.values().forEach(p -> out.add(p.request)));
        return List.copyOf(out);
    }

    /** Operations that may start now: at most one per resource, only for resources with nothing running. */
    public List<Dispatch> dispatch(Instant now) {
        List<Dispatch> out = new ArrayList<>();
        for (RscState s : resources.values()) {
            if (s.running != null) {
                continue;
            }
            Pending next = null;
            Pending head = s.queue.peekFirst();
            if (head != null && !head.readyAt.isAfter(now)) {
                next = s.queue.pollFirst();
            } else {
                for (Pending p : s.recurring.values()) {
                    if (!p.readyAt.isAfter(now) && (next == null || p.readyAt.isBefore(next.readyAt))) {
                        next = p;
                    }
                }
            }
            if (next != null) {
                s.running = next;
                s.runningId = nextRunId++;
                long queued = Math.max(0, Duration.between(next.readyAt, now).toMillis());
                out.add(new Dispatch(s.runningId, next.callId, s.def, next.request, now, queued));
            }
        }
        return List.copyOf(out);
    }

    /** When {@link #dispatch} will next have something to hand out, if anything is waiting. */
    public Optional<Instant> nextWakeup() {
        Instant best = null;
        for (RscState s : resources.values()) {
            if (s.running != null) {
                continue;
            }
            Pending head = s.queue.peekFirst();
            if (head != null) {
                best = earlier(best, head.readyAt);
            }
            for (Pending p : s.recurring.values()) {
                best = earlier(best, p.readyAt);
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean isBusy(String resourceId) {
        RscState s = resources.get(resourceId);
        return s != null && s.running != null;
    }

    /** Records the result of a dispatched run and reschedules it when it is recurring and still wanted. */
    public List<OperationEvent> complete(Dispatch d, OperationResult result, Instant now) {
        RscState s = resources.get(d.resource().id());
        if (s == null || s.running == null || s.runningId != d.runId()) {
            throw new IllegalStateException("no such run in flight: " + d.runId() + " of " + d.resource().id());
        }
        Pending p = s.running;
        s.running = null;
        if (p.cancelled) {
            return List.of(event(d.resource(), p, OperationResult.cancelled(), d.queueMillis(), now));
        }
        if (p.request.isRecurring()) {
            p.readyAt = now.plus(p.request.interval());
        }
        return List.of(event(d.resource(), p, result, d.queueMillis(), now));
    }

    private List<OperationEvent> cancelAllRecurring(RscState s, Instant now) {
        List<OperationEvent> out = new ArrayList<>();
        for (Iterator<Pending> it = s.recurring.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            it.remove();
            out.addAll(cancelled(s, p, now));
        }
        return out;
    }

    private List<OperationEvent> cancelled(RscState s, Pending p, Instant now) {
        if (s.running == p) {
            p.cancelled = true;
            return List.of();
        }
        return List.of(event(s.def, p, OperationResult.cancelled(), 0, now));
    }

    private OperationEvent event(ResourceDefinition rsc, Pending p, OperationResult r, long queueMillis, Instant now) {
        OperationRequest op = p.request;
        String key = op.operationKey();
        boolean changed = false;
        long lastChange = now.getEpochSecond();
        if (r.status() != ExecStatus.CANCELLED) {
            LastRc prev = lastRc.get(key);
            changed = prev == null || prev.rc() != r.rc();
            if (changed) {
                lastRc.put(key, new LastRc(r.rc(), lastChange));
            } else {
                lastChange = prev.epochSecond();
            }
        }
        OpDigestInput in = new OpDigestInput(rsc.agent(), op.action(), op.intervalMs(), rsc.params(),
                metadata.apply(rsc.agent()), node.featureSet());
        OperationRecord rec = new OperationRecord(rsc.id(), OperationRecord.primaryId(rsc.id(), op.action(), op.intervalMs()),
                key, op.action(), op.origin(), node.featureSet(), op.transitionKey(), r.exitReason(), node.nodeName(),
                p.callId, r.rc(), r.status(), op.intervalMs(), lastChange, r.execMillis(), queueMillis,
                digester.digest(in), digester.restartDigest(in));
        return new OperationEvent(rsc, p.callId, op, r, rec, changed);
    }

    private static String recurringKey(String action, long intervalMs) {
        return action + "_" + intervalMs;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
