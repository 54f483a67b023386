package io.tandem.executor.exec;

import io.tandem.executor.AgentInvocation;
import io.tandem.executor.AgentOutcome;
import io.tandem.executor.AgentRunner;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * Runs agents with Apache Commons Exec, each in its own process group (through util-linux {@code setsid}),
 * and SIGKILLs the whole group at the deadline, as Pacemaker's executor does.
 *
 * <p>Output goes to per-run files rather than pipes: an agent's grandchild (a daemon, a stray
 * {@code sleep}) that inherits stdout would otherwise hold the pipe open and block completion until it
 * exits. With files, completion is the agent's own exit, whatever its children do.
 */
public final class CommonsExecAgentRunner implements AgentRunner, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CommonsExecAgentRunner.class.getName());
    /** Meta-data of the largest heartbeat agents is ~60 KB; anything beyond this is noise. */
    static final int MAX_OUTPUT = 1 << 20;

    private final Path scratchDir;
    private final Path setsid;
    private final Path kill;
    private final ScheduledExecutorService deadlines;
    private final AtomicLong seq = new AtomicLong();

    /**
     * @param scratchDir where output files live while an agent runs (created if missing)
     * @param setsid     util-linux setsid
     * @param kill       procps kill, used for {@code kill -KILL -- -PGID}
     */
    public CommonsExecAgentRunner(Path scratchDir, Path setsid, Path kill) throws IOException {
        this.scratchDir = Files.createDirectories(scratchDir);
        this.setsid = setsid;
        this.kill = kill;
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "tandem-exec-deadline");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        this.deadlines = t;
    }

    public static CommonsExecAgentRunner withDefaults(Path scratchDir) throws IOException {
        return new CommonsExecAgentRunner(scratchDir, Path.of("/usr/bin/setsid"), Path.of("/bin/kill"));
    }

    @Override
    public AgentOutcome run(AgentInvocation inv) {
        long n = seq.incrementAndGet();
        Path out = scratchDir.resolve("run-" + n + ".out");
        Path err = scratchDir.resolve("run-" + n + ".err");
        AtomicBoolean timedOut = new AtomicBoolean();
        GroupExecutor executor = new GroupExecutor(out.toFile(), err.toFile(), inv.timeout().toNanos(), timedOut);
        CommandLine cl = new CommandLine(setsid.toString());
        // --wait only matters if setsid must fork (it never does for a JVM child, which is no group leader).
        cl.addArgument("--wait", false);
        for (String a : inv.command()) {
            cl.addArgument(a, false);
        }
        long t0 = System.nanoTime();
        try {
            int code = executor.execute(cl, inv.env());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String stdout = read(out);
            String stderr = read(err);
            return timedOut.get() ? AgentOutcome.timedOut(stdout, stderr, ms) : AgentOutcome.exited(code, stdout, stderr, ms);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot run {0}: {1}", new Object[] {inv.command(), e.getMessage()});
            return AgentOutcome.notLaunched("cannot run " + inv.command().get(0) + ": " + e.getMessage());
        } finally {
            executor.cancelDeadline();
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }

    /** SIGKILL to the whole process group; daemons that called setsid themselves rightly survive. */
    void killGroup(long pgid) {
        try {
            Process p = new ProcessBuilder(kill.toString(), "-KILL", "--", "-" + pgid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "kill of process group {0} failed: {1}", new Object[] {pgid, e.getMessage()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The leader, at least, must go even if kill(1) failed: the executor waits for it.
        ProcessHandle.of(pgid).ifPresent(ProcessHandle::destroyForcibly);
    }

    private static String read(Path p) {
        try {
            long size = Files.size(p);
            if (size <= MAX_OUTPUT) {
                return Files.readString(p, StandardCharsets.UTF_8);
            }
            try (InputStream in = Files.newInputStream(p)) {
                return new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete {0}", p);
        }
    }

    /** Commons Exec's executor, launching with file redirects and arming the group-kill deadline. */
    private final class GroupExecutor extends DefaultExecutor {
        private final File out;
        private final File err;
        private final long timeoutNanos;
        private final AtomicBoolean timedOut;
        private volatile ScheduledFuture<?> deadline;

        GroupExecutor(File out, File err, long timeoutNanos, AtomicBoolean timedOut) {
            this.out = out;
            this.err = err;
            this.timeoutNanos = timeoutNanos;
            this.timedOut = timedOut;
            setExitValues(null);
            setStreamHandler(NO_STREAMS);
        }

        @Override
        protected Process launch(CommandLine command, Map<String, String> env, File dir) throws IOException {
            return start(command, env);
        }

        @Override
        protected Process launch(CommandLine command, Map<String, String> env, Path dir) throws IOException {
            return start(command, env);
        }

        private Process start(CommandLine command, Map<String, String> env) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(command.toStrings());
            pb.environment().clear();
            pb.environment().putAll(env);
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.redirectOutput(out);
            pb.redirectError(err);
            Process p = pb.start();
            long pid = p.pid();
            deadline = deadlines.schedule(() -> {
                if (p.isAlive()) {
                    timedOut.set(true);
                    killGroup(pid);
                }
            }, timeoutNanos, TimeUnit.NANOSECONDS);
            return p;
        }

        void cancelDeadline() {
            ScheduledFuture<?> d = deadline;
            if (d != null) {
                d.cancel(false);
            }
        }
    }

    /** Output is in files, so there is nothing to pump. */
    private static final ExecuteStreamHandler NO_STREAMS = new ExecuteStreamHandler() {
        @Override
        public void setProcessInputStream(OutputStream os) {
        }

        @Override
        public void setProcessErrorStream(InputStream is) {
        }

        @Override
        public void setProcessOutputStream(InputStream is) {
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    };
}
