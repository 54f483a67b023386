package io.tandem.membership;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * {@code tandem bench membership}: three real nodes in child JVMs on 127.0.X.1-3 with token 1000 and the
 * cluster key. Measures kill -9 → survivors' new view, SIGSTOP → new view, total-order broadcast throughput
 * and latency, and unicast round trips, then prints a table. Nodes run as {@code bench membership-node}.
 */
public final class MembershipBench {
    private static final String NODE_MAIN = "io.tandem.membership.jgroups.DrivenNode";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final PrintStream out;
    private final int runs;
    private final int floodPerNode;
    private final List<String> launcher;
    private final Path dir;
    private final Path conf;
    private final Path key;
    private final List<String> rows = new ArrayList<>();

    private MembershipBench(PrintStream out, int runs, int floodPerNode, List<String> launcher, Path dir)
            throws IOException {
        this.out = out;
        this.runs = runs;
        this.floodPerNode = floodPerNode;
        this.launcher = launcher;
        this.dir = dir;
        int net = ThreadLocalRandom.current().nextInt(100, 250);
        int port = ThreadLocalRandom.current().nextInt(20_000, 40_000);
        StringBuilder c = new StringBuilder("totem {\n version: 2\n cluster_name: bench" + net
                + "\n transport: udpu\n token: 1000\n interface { ringnumber: 0 mcastport: " + port + " }\n}\nnodelist {\n");
        for (int i = 1; i <= 3; i++) {
            c.append(" node { ring0_addr: 127.0.").append(net).append('.').append(i)
                    .append(" name: n").append(i).append(" nodeid: ").append(i).append(" }\n");
        }
        c.append("}\nquorum { provider: corosync_votequorum }\n");
        this.conf = Files.writeString(dir.resolve("cluster.conf"), c);
        this.key = dir.resolve("authkey");
        KeyGen.write(key, KeyGen.DEFAULT_BYTES, false, new SecureRandom());
    }

    /** Args: [--runs N] [--messages PER_NODE]. Returns 0 when every measurement completed. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        int runs = 5;
        int messages = 20_000;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--runs" -> runs = Integer.parseInt(args.get(i + 1));
                case "--messages" -> messages = Integer.parseInt(args.get(i + 1));
                default -> {
                    err.println("usage: bench membership [--runs N] [--messages PER_NODE]");
                    return 2;
                }
            }
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tandem-bench-membership");
            new MembershipBench(out, runs, messages, launcher(), dir).measure();
            return 0;
        } catch (Exception | AssertionError e) {
            err.println("bench membership failed: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(dir);
        }
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Under {@code java -jar tandem.war} nodes are started the same way; from a class path, directly. */
    static List<String> launcher() {
        String cp = System.getProperty("java.class.path");
        if (cp.endsWith(".war") && !cp.contains(java.io.File.pathSeparator)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return List.of(java, "-Djava.net.preferIPv4Stack=true", "-XX:+UseSerialGC", "-jar", cp, "bench",
                    "membership-node");
        }
        return NodeProcess.javaLauncher(NODE_MAIN);
    }

    private void measure() throws Exception {
        NodeProcess[] n = new NodeProcess[3];
        List<NodeProcess> started = new ArrayList<>();
        try {
            long t = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                n[i] = start("n" + (i + 1), started);
            }
            awaitAll(n, t);
            rows.add(row("start 3 JVMs → one view, ms", List.of((System.nanoTime() - t) / 1_000_000)));
            throughput(n, 100);
            throughput(n, 1_000);
            latency(n);
            List<Long> crash = new ArrayList<>();
            List<Long> hang = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long killed = System.nanoTime();
                n[2].kill9();
                crash.add(viewWithout(n, "n3", killed));
                long again = System.nanoTime();
                n[2] = start("n3", started);
                awaitAll(n, again);

                long stopped = System.nanoTime();
                n[2].signal("STOP");
                hang.add(viewWithout(n, "n3", stopped));
                long resumed = System.nanoTime();
                n[2].signal("CONT");
                awaitAll(n, resumed);
            }
            rows.add(row("kill -9 → survivors' new view, ms", crash));
            rows.add(row("SIGSTOP → survivors' new view, ms", hang));
        } finally {
            started.forEach(NodeProcess::close);
        }
        out.println("Tandem membership on loopback: 3 nodes, JGroups TCP+TCPPING, token 1000 ms, consensus 1200 ms,"
                + " AES-GCM with the cluster key");
        out.printf("%-40s %6s %10s %10s %10s%n", "measurement", "runs", "min", "median", "max");
        rows.forEach(out::println);
        out.println("Corosync for comparison: a lost member is declared after token + consensus = 2200 ms at token 1000.");
    }

    private NodeProcess start(String name, List<NodeProcess> started) throws IOException {
        NodeProcess p = NodeProcess.start(launcher, conf, name, key, dir);
        started.add(p);
        return p;
    }

    private static void awaitAll(NodeProcess[] n, long since) throws InterruptedException {
        for (NodeProcess p : n) {
            p.awaitView(Set.of("n1", "n2", "n3"), since, WAIT);
        }
    }

    private static long viewWithout(NodeProcess[] n, String gone, long since) throws InterruptedException {
        long n1 = n[0].awaitView(Set.of("n1", "n2"), since, WAIT).nanos();
        long n2 = n[1].awaitView(Set.of("n1", "n2"), since, WAIT).nanos();
        return (Math.max(n1, n2) - since) / 1_000_000;
    }

    private void throughput(NodeProcess[] n, int size) throws InterruptedException {
        int total = floodPerNode * n.length;
        long from = System.nanoTime();
        for (NodeProcess p : n) {
            p.command("expect " + total);
        }
        long start = System.nanoTime();
        for (NodeProcess p : n) {
            p.command("flood " + floodPerNode + " " + size);
        }
        long last = start;
        for (NodeProcess p : n) {
            NodeProcess.Line done = p.await(l -> l.startsWith("FLOOD_DONE"), from, Duration.ofMinutes(3));
            if (!done.text().endsWith("errors=0")) {
                throw new AssertionError(p.name + ": " + done.text());
            }
            last = Math.max(last, done.nanos());
        }
        double secs = (last - start) / 1e9;
        rows.add(String.format("%-40s %6d %10s %10.0f %10s", "ordered bcast " + size + " B, msg/s (3 senders)",
                total, "", total / secs, ""));
        rows.add(String.format("%-40s %6d %10s %10.1f %10s", "ordered bcast " + size + " B, MB/s per node",
                total, "", total * (double) size / secs / 1e6, ""));
    }

    private void latency(NodeProcess[] n) throws InterruptedException {
        long from = System.nanoTime();
        n[1].command("lat 2000");
        String[] lat = n[1].await(l -> l.startsWith("LAT ") || l.startsWith("ERROR"), from, WAIT).text().split(" ");
        n[1].command("rtt n3 2000");
        String[] rtt = n[1].await(l -> l.startsWith("RTT ") || l.startsWith("ERROR"), from, WAIT).text().split(" ");
        rows.add(String.format("%-40s %6s %10s %10s %10s", "bcast → own delivery, µs (p50, p99)",
                lat[1], "", lat[2], "p99 " + lat[3]));
        rows.add(String.format("%-40s %6s %10s %10s %10s", "send → reply round trip, µs (p50, p99)", rtt[1], "", rtt[2],
                "p99 " + rtt[3]));
    }

    private static String row(String what, List<Long> ms) {
        List<Long> s = ms.stream().sorted().toList();
        return String.format("%-40s %6d %10d %10d %10d", what, s.size(), s.getFirst(), s.get(s.size() / 2), s.getLast());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
