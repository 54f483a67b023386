package io.tandem.membership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A driven node (see membership.jgroups.DrivenNode) in a child JVM, for the benchmark and the multi-JVM tests:
 * commands go to its stdin, every stdout line is kept with the time it was read, stderr (the node's log) goes
 * to a file. Timings use {@link System#nanoTime()}: it measures, it never decides.
 */
public final class NodeProcess implements AutoCloseable {
    /** A line of the child's stdout and when it was read ({@link System#nanoTime()}). */
    public record Line(String text, long nanos) {
    }

    public final String name;
    private final Process process;
    private final PrintStream in;
    private final Path stderr;
    private final List<Line> lines = new ArrayList<>();

    private NodeProcess(String name, Process process, Path stderr) {
        this.name = name;
        this.process = process;
        this.stderr = stderr;
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "stdout-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code launcher} followed by CONF NAME KEYFILE; the log goes to DIR/NAME-….log. */
    public static NodeProcess start(List<String> launcher, Path conf, String name, Path key, Path dir) throws IOException {
        Path err = dir.resolve(name + "-" + System.nanoTime() + ".log");
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of(conf.toString(), name, key.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        return new NodeProcess(name, p, err);
    }

    /** A JVM on this JVM's class path running {@code mainClass}, bound to IPv4 like every Tandem node. */
    public static List<String> javaLauncher(String mainClass) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Djava.net.preferIPv4Stack=true", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), mainClass);
    }

    private void readLines() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                synchronized (lines) {
                    lines.add(new Line(l, System.nanoTime()));
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child died; waiting callers time out with its log
        }
    }

    public void command(String c) {
        in.println(c);
    }

    /** The first line after index {@code from} that matches, waiting up to {@code timeout}. */
    public Line await(Predicate<String> match, long fromNanos, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (Line l : lines) {
                    if (l.nanos() >= fromNanos && match.test(l.text())) {
                        return l;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive()) {
                    throw new AssertionError(name + (process.isAlive() ? "" : " (exited)") + ": no matching line within " + timeout + "; stdout=" + lines
                            + "\nlog tail:\n" + logTail());
                }
                // Wake up now and then to notice a child that died without printing.
                TimeUnit.NANOSECONDS.timedWait(lines, Math.min(left, 200_000_000L));
            }
        }
    }

    /** Waits for a view with exactly these members (any order), seen after {@code fromNanos}. */
    public Line awaitView(Set<String> members, long fromNanos, Duration timeout) throws InterruptedException {
        return await(t -> t.startsWith("VIEW ") && Set.of(t.split(" ")[2].split(",")).equals(members), fromNanos, timeout);
    }

    public List<String> stdout() {
        synchronized (lines) {
            return lines.stream().map(Line::text).toList();
        }
    }

    public String log() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "";
        }
    }

    private String logTail() {
        String l = log();
        return l.length() > 3000 ? l.substring(l.length() - 3000) : l;
    }

    public long pid() {
        return process.pid();
    }

    /** kill -9: the node vanishes without leaving. */
    public void kill9() {
        process.destroyForcibly();
    }

    public void signal(String sig) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + sig, Long.toString(pid())).inheritIO().start().waitFor();
    }

    public int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not exit within " + timeout);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
