package io.tandem.attrd;

import io.tandem.membership.Member;
import io.tandem.membership.Membership;
import io.tandem.membership.MembershipListener;
import io.tandem.membership.QuorumState;
import io.tandem.membership.View;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's attribute manager: a thin threaded shell around {@link AttrdCore}. All core calls run on
 * one executor thread, in the order membership delivers events.
 */
public final class Attrd implements MembershipListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Attrd.class.getName());

    private final Membership membership;
    private final AttributeWriter writer;
    private final InstantSource clock;
    private final ScheduledExecutorService executor;
    private final AttrdCore core;
    private AutoCloseable subscription;

    public Attrd(Membership membership, AttributeWriter writer, InstantSource clock,
            ScheduledExecutorService executor) {
        this.membership = membership;
        this.writer = writer;
        this.clock = clock;
        this.executor = executor;
        this.core = new AttrdCore(membership.localMember().name());
    }

    /** Subscribes to the membership and adopts its current view. */
    public void start() {
        subscription = membership.subscribe(this);
        View v = membership.view();
        run(() -> core.view(v.names(), isWriter(v)));
    }

    /** Sends an update; it applies everywhere, in agreed order, once membership delivers it. */
    public void update(AttributeUpdate update) {
        await(CompletableFuture.runAsync(() -> perform(core.request(update)), executor));
    }

    public Optional<String> query(String name, String node) {
        return await(CompletableFuture.supplyAsync(() -> core.value(name, node), executor));
    }

    public List<AttributeSnapshot> all() {
        return await(CompletableFuture.supplyAsync(core::snapshot, executor));
    }

    @Override
    public void viewChanged(View view, QuorumState quorum) {
        run(() -> core.view(view.names(), isWriter(view)));
    }

    @Override
    public void received(Member from, byte[] payload, boolean broadcast) {
        AttrdMessage m;
        try {
            m = AttrdMessage.decode(payload);
        } catch (IllegalArgumentException e) {
            return; // another layer's message on the shared channel
        }
        run(() -> core.deliver(m, clock.instant()));
    }

    private boolean isWriter(View v) {
        return v.coordinator().name().equals(membership.localMember().name());
    }

    private void run(java.util.function.Supplier<List<AttrdEffect>> step) {
        executor.execute(() -> perform(step.get()));
    }

    private void perform(List<AttrdEffect> effects) {
        for (AttrdEffect e : effects) {
            switch (e) {
                case AttrdEffect.Broadcast b -> membership.broadcast(AttrdMessage.encode(b.message()));
                case AttrdEffect.Write w -> {
                    try {
                        writer.write(w.write());
                    } catch (RuntimeException ex) {
                        LOG.log(Level.WARNING, "event=attrd-write-failed attribute=" + w.write().name()
                                + " reason=\"" + ex.getMessage() + "\"");
                    }
                }
                case AttrdEffect.WakeAt t -> {
                    // Rounded up: a timer that fires early would find nothing due.
                    long delay = Math.max(0, Duration.between(clock.instant(), t.when()).toNanos() / 1_000_000 + 1);
                    executor.schedule(() -> perform(core.tick(clock.instant())), delay, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("attrd did not answer within 10 s", e);
        }
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
