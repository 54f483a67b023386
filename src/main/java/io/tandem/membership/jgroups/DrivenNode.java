package io.tandem.membership.jgroups;

import io.tandem.membership.FailFast;
import io.tandem.membership.Member;
import io.tandem.membership.MembershipListener;
import io.tandem.membership.NodeSetup;
import io.tandem.membership.OrderedFlood;
import io.tandem.membership.QuorumState;
import io.tandem.membership.View;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A real node driven line by line through stdin, for the benchmark and the multi-JVM tests (`tandem bench
 * membership-node CONF NODE KEYFILE`). Commands: bcast TEXT | flood COUNT SIZE | expect TOTAL | lat COUNT |
 * rtt NODE COUNT | die | quit. Output lines: STARTED, VIEW id names quorate=…, MSG from text, FLOOD_SENT,
 * FLOOD_DONE …, LAT/RTT count p50_us p99_us.
 */
public final class DrivenNode {
    private static final byte LAT = 'L';
    private static final byte PING = 'P';
    private static final byte PONG = 'Q';

    private final JGroupsMembership membership;
    private final PrintStream out;
    private final OrderedFlood flood;
    private final Map<String, Consumer<String>> commands = new HashMap<>();
    private final IntConsumer exit;
    private volatile CompletableFuture<Void> echo = new CompletableFuture<>();

    public DrivenNode(JGroupsMembership membership, PrintStream out, IntConsumer exit) {
        this.membership = membership;
        this.out = out;
        this.exit = exit;
        this.flood = new OrderedFlood(out);
        membership.subscribe(new MembershipListener() {
            @Override
            public void viewChanged(View view, QuorumState q) {
                out.println("VIEW " + view.id() + " " + String.join(",", view.names()) + " quorate=" + q.quorate());
            }

            @Override
            public void received(Member from, byte[] payload, boolean broadcast) {
                DrivenNode.this.received(from, payload);
            }
        });
        FailFast failFast = new FailFast(membership, exit);
        commands.put("bcast", a -> membership.broadcast(a.getBytes(StandardCharsets.UTF_8)));
        commands.put("flood", this::flood);
        commands.put("expect", a -> flood.expect(Integer.parseInt(a)));
        commands.put("lat", a -> latency(Integer.parseInt(a)));
        commands.put("rtt", a -> roundTrip(a.split(" ")[0], Integer.parseInt(a.split(" ")[1])));
        commands.put("die", a -> failFast.componentDied("controller", new IllegalStateException("injected: " + a)));
        commands.put("quit", a -> {
            membership.stop();
            out.println("STOPPED");
            exit.accept(0);
        });
    }

    /** Entry point for the tool registry: args CONF NODE KEYFILE; reads commands from stdin until EOF. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3) {
            err.println("usage: bench membership-node CONF NODE KEYFILE");
            return 2;
        }
        try {
            NodeSetup setup = NodeSetup.load(Path.of(args.get(0)), Optional.of(args.get(1)), Path.of(args.get(2)));
            DrivenNode node = new DrivenNode(new JGroupsMembership(setup, InstantSource.system()), out, System::exit);
            return node.serve(System.in);
        } catch (Exception e) {
            err.println("membership-node: " + e.getMessage());
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
    }

    /** Adds a command (tests add fault-injection commands). Call before {@link #serve}. */
    public DrivenNode command(String name, Consumer<String> action) {
        commands.put(name, action);
        return this;
    }

    /** Starts the node, runs commands until stdin ends, then leaves. */
    public int serve(InputStream in) throws IOException {
        membership.start();
        out.println("STARTED " + membership.localMember().name());
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String[] w = line.trim().split(" ", 2);
            Consumer<String> c = commands.get(w[0]);
            if (c == null) {
                out.println("ERROR unknown command " + line);
                continue;
            }
            try {
                c.accept(w.length > 1 ? w[1] : "");
            } catch (RuntimeException e) {
                out.println("ERROR " + w[0] + ": " + e.getMessage());
            }
        }
        membership.stop();
        return 0;
    }

    private void received(Member from, byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        switch (payload[0]) {
            case OrderedFlood.MARK -> flood.deliver(payload);
            case LAT -> {
                if (from.equals(membership.localMember())) {
                    echo.complete(null);
                }
            }
            case PING -> membership.send(from.name(), new byte[] {PONG});
            case PONG -> echo.complete(null);
            default -> out.println("MSG " + from.name() + " " + new String(payload, StandardCharsets.UTF_8));
        }
    }

    private void flood(String args) {
        String[] p = args.split(" ");
        int count = Integer.parseInt(p[0]);
        int size = Integer.parseInt(p[1]);
        // Its own thread: flow control may block the sender, and stdin must stay responsive.
        Thread.ofPlatform().name("flood").daemon().start(() -> {
            for (int seq = 0; seq < count; seq++) {
                membership.broadcast(OrderedFlood.message(membership.localMember().id(), seq, size));
            }
            out.println("FLOOD_SENT " + count);
        });
    }

    /** Broadcast → own delivery, one at a time: the total-order path through the sequencer. */
    private void latency(int count) {
        measure("LAT", count, () -> membership.broadcast(new byte[] {LAT}));
    }

    /** Direct send → reply: the reliable unicast path. */
    private void roundTrip(String node, int count) {
        measure("RTT", count, () -> membership.send(node, new byte[] {PING}));
    }

    private void measure(String label, int count, Runnable send) {
        long[] micros = new long[count];
        try {
            for (int i = 0; i < count; i++) {
                echo = new CompletableFuture<>();
                long t = System.nanoTime();
                send.run();
                echo.get(5, TimeUnit.SECONDS);
                micros[i] = (System.nanoTime() - t) / 1_000;
            }
        } catch (Exception e) {
            out.println("ERROR " + label + " " + e);
            return;
        }
        Arrays.sort(micros);
        out.println(label + " " + count + " " + micros[count / 2] + " " + micros[Math.min(count - 1, count * 99 / 100)]);
    }
}
