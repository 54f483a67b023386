package io.tandem.membership;

import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-JVM cluster for other packages' tests: {@link LoopbackMembership} nodes share one queue, which gives
 * total order for free. No threads: in {@link Mode#SYNCHRONOUS} every operation delivers before it returns;
 * in {@link Mode#MANUAL} the test calls {@link #deliverPending()}. Partitions, crashes and heals change views.
 */
public final class LoopbackNetwork {
    public enum Mode { SYNCHRONOUS, MANUAL }

    private final Votequorum quorum;
    private final InstantSource clock;
    private final Mode mode;
    /** Started members in join order: the first of a partition is its coordinator. */
    private final Map<String, LoopbackMembership> started = new LinkedHashMap<>();
    private final Map<String, Integer> partitionOf = new HashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private long viewId;
    private boolean delivering;

    public LoopbackNetwork(Votequorum quorum, InstantSource clock, Mode mode) {
        this.quorum = Objects.requireNonNull(quorum);
        this.clock = Objects.requireNonNull(clock);
        this.mode = mode;
    }

    public LoopbackMembership member(String name, int id) {
        return new LoopbackMembership(this, new Member(id, name), new QuorumTracker(quorum, clock));
    }

    /** Splits the started members: each set becomes its own partition; members not named stay together. */
    public void partition(List<Set<String>> groups) {
        synchronized (this) {
            partitionOf.clear();
            for (int i = 0; i < groups.size(); i++) {
                for (String name : groups.get(i)) {
                    partitionOf.put(name, i + 1);
                }
            }
            publishViews();
        }
        maybeDeliver();
    }

    /** Heals every partition: all started members merge into one view. */
    public void heal() {
        partition(List.of());
    }

    /** The node vanishes without leaving, as after kill -9; the others install a new view. */
    public void crash(String name) {
        synchronized (this) {
            if (started.remove(name) != null) {
                publishViews();
            }
        }
        maybeDeliver();
    }

    /** Runs queued deliveries (views and messages) in order until none are left. */
    public void deliverPending() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = pending.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }

    synchronized void join(LoopbackMembership m) {
        started.put(m.localMember().name(), m);
        publishViews();
    }

    synchronized void leave(LoopbackMembership m) {
        if (started.remove(m.localMember().name()) != null) {
            publishViews();
        }
    }

    synchronized void broadcast(LoopbackMembership from, byte[] payload) {
        if (!started.containsKey(from.localMember().name())) {
            throw new MembershipException("not a member: " + from.localMember().name());
        }
        for (LoopbackMembership to : sameSide(from)) {
            pending.add(() -> to.deliver(from.localMember(), payload, true));
        }
    }

    synchronized void send(LoopbackMembership from, String node, byte[] payload) {
        sameSide(from).stream().filter(m -> m.localMember().name().equals(node)).findFirst()
                .ifPresent(to -> pending.add(() -> to.deliver(from.localMember(), payload, false)));
    }

    void maybeDeliver() {
        if (mode != Mode.SYNCHRONOUS) {
            return;
        }
        synchronized (this) {
            // A listener that broadcasts while being called must not deliver out of order: the outer call drains.
            if (delivering) {
                return;
            }
            delivering = true;
        }
        try {
            deliverPending();
        } finally {
            synchronized (this) {
                delivering = false;
            }
        }
    }

    private List<LoopbackMembership> sameSide(LoopbackMembership m) {
        int side = partitionOf.getOrDefault(m.localMember().name(), 0);
        return started.values().stream()
                .filter(o -> partitionOf.getOrDefault(o.localMember().name(), 0) == side).toList();
    }

    private void publishViews() {
        Map<Integer, List<LoopbackMembership>> sides = new LinkedHashMap<>();
        for (LoopbackMembership m : started.values()) {
            sides.computeIfAbsent(partitionOf.getOrDefault(m.localMember().name(), 0), k -> new ArrayList<>()).add(m);
        }
        for (List<LoopbackMembership> side : sides.values()) {
            View view = new View(++viewId, side.stream().map(LoopbackMembership::localMember).toList());
            for (LoopbackMembership m : side) {
                if (m.needs(view)) {
                    pending.add(() -> m.install(view));
                }
            }
        }
    }
}
