package io.tandem.membership.jgroups;

import io.tandem.membership.ClusterConfig;
import io.tandem.membership.ClusterKey;
import io.tandem.membership.ClusterSecurity;
import io.tandem.membership.Listeners;
import io.tandem.membership.LocalNode;
import io.tandem.membership.Member;
import io.tandem.membership.Membership;
import io.tandem.membership.MembershipException;
import io.tandem.membership.MembershipListener;
import io.tandem.membership.QuorumState;
import io.tandem.membership.QuorumTracker;
import io.tandem.membership.SecurityMode;
import io.tandem.membership.View;
import io.tandem.membership.Votequorum;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.stack.Protocol;
import org.jgroups.util.ExtendedUUID;
import org.jgroups.util.NameCache;

import java.lang.System.Logger.Level;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * {@link Membership} on a JGroups channel. JGroups threads only enqueue; one dispatcher thread updates the
 * view and quorum and calls listeners, so every listener sees views and messages in the order JGroups
 * delivered them, never concurrently.
 */
public final class JGroupsMembership implements Membership {
    private static final System.Logger LOG = System.getLogger(JGroupsMembership.class.getName());
    private static final String NODEID = "nodeid";

    private final ClusterConfig config;
    private final LocalNode local;
    private final ClusterSecurity security;
    private final Optional<ClusterKey> key;
    private final QuorumTracker quorum;
    private final Listeners listeners = new Listeners();
    private final List<Supplier<Protocol>> extraLayers = new ArrayList<>();
    private Thread.UncaughtExceptionHandler onDispatcherDeath = (t, e) ->
            LOG.log(Level.ERROR, "event=listener_failed thread=" + t.getName(), e);
    private volatile JChannel channel;
    private volatile ScheduledExecutorService dispatcher;
    private volatile View view;
    private volatile org.jgroups.View jgView;

    public JGroupsMembership(ClusterConfig config, LocalNode local, ClusterSecurity security, Optional<ClusterKey> key,
                             InstantSource clock) {
        this.config = config;
        this.local = local;
        this.security = security;
        this.key = key;
        this.quorum = new QuorumTracker(Votequorum.from(config), clock);
        this.view = new View(0, List.of(local.member()));
    }

    public JGroupsMembership(io.tandem.membership.NodeSetup setup, InstantSource clock) {
        this(setup.config(), setup.local(), setup.security(), setup.key(), clock);
    }

    /** Adds a protocol right above the transport (fault injection in tests). Call before {@link #start}. */
    public JGroupsMembership withLayer(Supplier<Protocol> layer) {
        extraLayers.add(layer);
        return this;
    }

    /** Who is told when a listener throws; fail-fast wires {@code FailFast.handlerFor} here. Call before {@link #start}. */
    public JGroupsMembership onListenerFailure(Thread.UncaughtExceptionHandler handler) {
        this.onDispatcherDeath = handler;
        return this;
    }

    @Override
    public synchronized void start() {
        if (channel != null) {
            return;
        }
        // Loud on purpose: running without the key must never go unnoticed.
        security.warnings().forEach(w -> LOG.log(Level.WARNING, w.toString()));
        dispatcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "membership-dispatch-" + local.member().name());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Protocol> layers = extraLayers.stream().map(Supplier::get).toList();
            JChannel ch = new JChannel(StackBuilder.build(config, local, security.mode(), key, layers));
            String name = local.member().name();
            int id = local.member().id();
            ch.addAddressGenerator(() -> {
                // Decimal text, so that JGroups' own log lines read "node1(nodeid=1)".
                ExtendedUUID addr = ExtendedUUID.randomUUID(name).put(NODEID,
                        Integer.toString(id).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                NameCache.add(addr, name);
                return addr;
            });
            ch.name(name);
            ch.setDiscardOwnMessages(false);
            ch.setReceiver(new Receiver() {
                @Override
                public void viewAccepted(org.jgroups.View v) {
                    dispatch(() -> install(v));
                }

                @Override
                public void receive(Message msg) {
                    byte[] payload = msg.getArray() == null ? new byte[0]
                            : java.util.Arrays.copyOfRange(msg.getArray(), msg.getOffset(), msg.getOffset() + msg.getLength());
                    Address src = msg.getSrc();
                    boolean broadcast = msg.getDest() == null;
                    dispatch(() -> listeners.received(member(src), payload, broadcast));
                }
            });
            channel = ch;
            ch.connect(config.totem().clusterName());
            // Wait until the dispatcher has installed the first view, so view() is right when start() returns.
            dispatcher.submit(() -> { }).get(10, TimeUnit.SECONDS);
            if (config.quorum().lastManStanding()) {
                long period = Math.max(100, config.quorum().lastManStandingWindow().toMillis() / 10);
                dispatcher.scheduleAtFixedRate(() -> quorum.tick().ifPresent(this::quorumChanged), period, period,
                        TimeUnit.MILLISECONDS);
            }
            LOG.log(Level.INFO, "event=membership_started node=" + local.member() + " bind=" + local.bindAddress()
                    .getHostAddress() + ":" + local.port() + " transport=" + config.totem().transport().name().toLowerCase()
                    + " security=" + security.mode().name().toLowerCase() + " token_ms=" + config.totem().token().toMillis());
        } catch (Exception e) {
            stop();
            throw new MembershipException("cannot join cluster " + config.totem().clusterName() + " as "
                    + local.member() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        JChannel ch = channel;
        channel = null;
        if (ch != null) {
            ch.close();
        }
        ScheduledExecutorService d = dispatcher;
        dispatcher = null;
        if (d != null) {
            d.shutdown();
        }
    }

    @Override
    public Member localMember() {
        return local.member();
    }

    @Override
    public View view() {
        return view;
    }

    @Override
    public QuorumState quorum() {
        return quorum.state();
    }

    @Override
    public AutoCloseable subscribe(MembershipListener listener) {
        return listeners.add(listener);
    }

    @Override
    public void broadcast(byte[] payload) {
        send(new BytesMessage(null, payload.clone()));
    }

    @Override
    public void send(String node, byte[] payload) {
        org.jgroups.View v = jgView;
        Address to = v == null ? null : v.getMembers().stream()
                .filter(a -> node.equals(NameCache.get(a))).findFirst().orElse(null);
        if (to == null) {
            throw new MembershipException("node " + node + " is not in the current view " + view);
        }
        send(new BytesMessage(to, payload.clone()));
    }

    /** Waits (for tests and shutdown) until everything enqueued so far was handed to listeners. */
    public void awaitDispatched(long timeoutMillis) throws InterruptedException, TimeoutException {
        ScheduledExecutorService d = dispatcher;
        if (d == null) {
            return;
        }
        try {
            d.submit(() -> { }).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code delivery} on the dispatcher. A listener that throws has failed: the executor would keep the
     * exception in a future nobody reads, so it is handed to the failure handler (fail-fast) here.
     */
    private void dispatch(Runnable delivery) {
        ScheduledExecutorService d = dispatcher;
        if (d == null) {
            return;
        }
        d.execute(() -> {
            try {
                delivery.run();
            } catch (RuntimeException | Error e) {
                onDispatcherDeath.uncaughtException(Thread.currentThread(), e);
            }
        });
    }

    private void send(Message msg) {
        JChannel ch = channel;
        if (ch == null) {
            throw new MembershipException("membership is not started");
        }
        try {
            ch.send(msg);
        } catch (Exception e) {
            throw new MembershipException("send failed: " + e.getMessage(), e);
        }
    }

    private void install(org.jgroups.View v) {
        View previous = view;
        View next = new View(v.getViewId().getId(), v.getMembers().stream().map(JGroupsMembership::member).toList());
        jgView = v;
        view = next;
        QuorumState q = quorum.onView(next);
        LOG.log(Level.INFO, "event=view " + next + " joined=" + names(next.joinedSince(previous)) + " left="
                + names(next.leftSince(previous)) + " " + q);
        listeners.viewChanged(next, q);
    }

    private void quorumChanged(QuorumState q) {
        LOG.log(Level.INFO, "event=quorum " + q);
        listeners.quorumChanged(q);
    }

    private static String names(List<Member> members) {
        return members.isEmpty() ? "-" : String.join(",", members.stream().map(Member::name).toList());
    }

    static Member member(Address a) {
        String name = NameCache.get(a);
        int id = 0;
        if (a instanceof ExtendedUUID u && u.get(NODEID) != null) {
            try {
                id = Integer.parseInt(new String(u.get(NODEID), java.nio.charset.StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                id = 0; // a peer of another version; the name still identifies it
            }
        }
        return new Member(id, name == null ? String.valueOf(a) : name);
    }
}
