package io.tandem.executor;

import io.tandem.executor.exec.CommonsExecAgentRunner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures what the executor costs (issue 5, part 6):
 * <ol>
 * <li>the median overhead per operation compared with forking the agent directly, and</li>
 * <li>the CPU used by 100 resources monitored every second with a trivial agent.</li>
 * </ol>
 * Usage: {@code java -cp ... io.tandem.executor.ExecutorBench [ops=300] [resources=100] [seconds=30]}.
 * A benchmark is an entry point like boot, so it reads the real clock.
 */
public final class ExecutorBench {

    private ExecutorBench() {
    }

    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int resources = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        // Scratch output files on tmpfs when there is one: creating and unlinking them on ext4 costs CPU.
        Path shm = Path.of("/dev/shm");
        Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "tandem-bench-")
                : Files.createTempDirectory("tandem-bench-");
        Path agent = Files.createDirectories(dir.resolve("agents/bench")).resolve("trivial");
        Files.writeString(agent, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
        NodeEnvironment node = NodeEnvironment.standard("bench", dir, dir.resolve("sbin"), List.of(dir.resolve("agents")));
        Files.createDirectories(node.rscTmp());
        Files.createDirectories(node.varRun());
        AgentId trivial = AgentId.ocf("bench", "trivial");
        System.out.printf("executor bench: %d cores, java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        try (CommonsExecAgentRunner runner = CommonsExecAgentRunner.withDefaults(dir.resolve("exec"))) {
            AgentInvoker invoker = new AgentInvoker(node, AgentLocator.forNode(node), runner);
            overhead(ops, agent, node, trivial, invoker);
            cpu("trivial agent", resources, seconds, trivial, invoker);
            // The same load with no process at all: the executor's own machinery (queues, threads, records).
            AgentRunner noFork = inv -> AgentOutcome.exited(0, "", "", 0);
            cpu("no process (executor machinery only)", resources, seconds, trivial,
                    new AgentInvoker(node, AgentLocator.forNode(node), noFork));
        }
    }

    private static void overhead(int ops, Path agent, NodeEnvironment node, AgentId trivial, AgentInvoker invoker)
            throws Exception {
        ResourceDefinition rsc = new ResourceDefinition("r0", trivial, Map.of("a", "1"));
        OperationRequest probe = OperationRequest.of("r0", "monitor", Duration.ofSeconds(20));
        Map<String, String> env = OcfEnvironment.build(node, rsc, probe);
        List<Long> direct = new ArrayList<>();
        List<Long> viaExecutor = new ArrayList<>();
        long cpuDirect = 0;
        long cpuExecutor = 0;
        try (LocalExecutor executor = new LocalExecutor(invoker, new Md5ParameterDigester(), InstantSource.system(), 8)) {
            executor.register(rsc);
            executor.execute(probe).get(30, TimeUnit.SECONDS);
            // Interleaved, so both see the same machine load.
            for (int i = 0; i < ops + 20; i++) {
                long c0 = jvmCpuNanos();
                long t0 = System.nanoTime();
                ProcessBuilder pb = new ProcessBuilder(agent.toString(), "monitor");
                pb.environment().clear();
                pb.environment().putAll(env);
                pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
                pb.start().waitFor();
                long t1 = System.nanoTime();
                long c1 = jvmCpuNanos();
                executor.execute(probe).get(30, TimeUnit.SECONDS);
                long t2 = System.nanoTime();
                long c2 = jvmCpuNanos();
                if (i >= 20) {
                    direct.add(t1 - t0);
                    viaExecutor.add(t2 - t1);
                    cpuDirect += c1 - c0;
                    cpuExecutor += c2 - c1;
                }
            }
        }
        double d = median(direct) / 1e6;
        double e = median(viaExecutor) / 1e6;
        System.out.printf("per-op latency, median of %d: fork agent directly %.2f ms, through the executor %.2f ms,"
                + " overhead %.2f ms (p90 direct %.2f, executor %.2f)%n", ops, d, e, e - d,
                pct(direct, 90) / 1e6, pct(viaExecutor, 90) / 1e6);
        System.out.printf("JVM CPU per op: forking directly %.3f ms, through the executor %.3f ms%n",
                cpuDirect / 1e6 / ops, cpuExecutor / 1e6 / ops);
    }

    private static void cpu(String what, int resources, int seconds, AgentId trivial, AgentInvoker invoker)
            throws Exception {
        AtomicLong results = new AtomicLong();
        try (LocalExecutor executor = new LocalExecutor(invoker, new Md5ParameterDigester(), InstantSource.system(), 32)) {
            executor.addListener(e -> results.incrementAndGet());
            for (int i = 0; i < resources; i++) {
                String id = "m" + i;
                executor.register(new ResourceDefinition(id, trivial, Map.of("n", Integer.toString(i))));
                // Spread the first runs over the second, as start times would be in a real cluster.
                executor.execute(OperationRequest.recurring(id, "monitor", Duration.ofSeconds(1), Duration.ofSeconds(20))
                        .withStartDelay(Duration.ofMillis(i * 1000L / resources)));
            }
            // Warm-up: the JIT compiles the hot paths during the first seconds; that cost is not steady state.
            Thread.sleep(10_000);
            long r0 = results.get();
            long jvm0 = jvmCpuNanos();
            long kids0 = childrenCpuNanos();
            long w0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long wall = System.nanoTime() - w0;
            long jvm = jvmCpuNanos() - jvm0;
            long kids = childrenCpuNanos() - kids0;
            long n = results.get() - r0;
            System.out.printf("%s: %d resources, monitor every 1 s, %d s: %d results (%.1f/s); JVM CPU %.2f%% of one core"
                    + " (%.3f ms per op); agents' own CPU %.2f%% of one core; total %.2f%%%n", what, resources, seconds, n,
                    n * 1e9 / wall, 100.0 * jvm / wall, jvm / 1e6 / Math.max(1, n), 100.0 * kids / wall,
                    100.0 * (jvm + kids) / wall);
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** cutime + cstime of this process (reaped children), from /proc/self/stat, in nanoseconds. */
    private static long childrenCpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private static double median(List<Long> xs) {
        return pct(xs, 50);
    }

    private static double pct(List<Long> xs, int p) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, s.size() * p / 100));
    }
}
