package io.tandem.cli;

import io.tandem.scheduler.gen.CibGenerator;
import io.tandem.scheduler.gen.GeneratorSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench scheduler}: times Tandem's scheduler against Pacemaker's {@code crm_simulate -R -x} on the
 * same generated CIBs, both as separate processes (wall time and peak RSS), and checks that the two
 * Transition Summaries agree. Prints a Markdown table for the README's Performance section.
 */
public final class Bench implements Tool {

    static final String DEFAULT_SIZES = "2x100,8x100,32x100,2x1000,8x1000,32x1000,8x5000,32x5000,8x10000,32x10000";
    private static final Path CRM_SIMULATE = Path.of("/usr/sbin/crm_simulate");

    @Override
    public int run(List<String> args, ToolContext ctx) {
        if (args.isEmpty() || !args.get(0).equals("scheduler")) {
            return ctx.fail(ExitCode.USAGE, "usage: bench scheduler [--sizes NODESxRESOURCES,...] [--war FILE] "
                    + "[--dir DIR] [--no-pacemaker] [--timeout SECONDS]");
        }
        String sizes = DEFAULT_SIZES;
        Path war = Path.of(System.getProperty("java.class.path", ""));
        Path dir = null;
        boolean pacemaker = Files.isExecutable(CRM_SIMULATE);
        long timeout = 600;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--sizes" -> sizes = value(args, ++i, a);
                case "--war" -> war = ctx.path(value(args, ++i, a));
                case "--dir" -> dir = ctx.path(value(args, ++i, a));
                case "--no-pacemaker" -> pacemaker = false;
                case "--timeout" -> timeout = Long.parseLong(value(args, ++i, a));
                default -> {
                    return ctx.fail(ExitCode.USAGE, "unknown option " + a);
                }
            }
        }
        if (!war.toString().endsWith(".war") || !Files.isRegularFile(war)) {
            return ctx.fail(ExitCode.USAGE, "cannot find tandem.war (run as `java -jar tandem.war bench ...` or pass --war)");
        }
        try {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("tandem-bench");
            String java = ProcessHandle.current().info().command().orElse("java");
            ctx.out().println("| nodes × resources | CIB size | Tandem wall | Tandem peak RSS | Tandem in-process"
                    + " | crm_simulate wall | crm_simulate peak RSS | speed-up | same summary |");
            ctx.out().println("|---|---|---|---|---|---|---|---|---|");
            for (String size : sizes.split(",")) {
                String[] nr = size.trim().toLowerCase(Locale.ROOT).split("x");
                int nodes = Integer.parseInt(nr[0]);
                int resources = Integer.parseInt(nr[1]);
                ctx.err().printf("bench: generating %d nodes x %d resources%n", nodes, resources);
                Path file = work.resolve("bench-" + nodes + "x" + resources + ".xml");
                Files.writeString(file, CibGenerator.xml(nodes * 1000L + resources,
                        new GeneratorSpec(nodes, resources, true, true, true, false, false, false)));
                ctx.err().printf("bench: tandem on %s%n", file.getFileName());
                Measured ours = Measured.run(List.of(java, "-Xss16m", "-jar", war.toString(), "crm_simulate", "-R",
                        "-x", file.toString()), timeout);
                Measured theirs = null;
                if (pacemaker) {
                    ctx.err().printf("bench: crm_simulate on %s%n", file.getFileName());
                    theirs = Measured.run(List.of(CRM_SIMULATE.toString(), "-R", "-x", file.toString()), timeout);
                }
                double inProcess = inProcessSeconds(file);
                ctx.out().println(row(nodes, resources, Files.size(file), ours, inProcess, theirs));
                ctx.out().flush();
            }
            return ExitCode.OK;
        } catch (IOException | InterruptedException e) {
            return ctx.fail(ExitCode.ERROR, "bench failed: " + e.getMessage());
        }
    }

    /**
     * Parse + schedule inside this JVM, after one warm-up run: what a running node pays per
     * transition, without the JVM start that the process column includes.
     */
    private static double inProcessSeconds(Path file) throws IOException {
        io.tandem.cib.Cib warm = io.tandem.cib.Cib.fromXml(io.tandem.cib.CibXml.parse(file));
        io.tandem.scheduler.Scheduler.schedule(warm, java.time.Instant.ofEpochSecond(CibGenerator.EXECUTION_DATE));
        long start = System.nanoTime();
        io.tandem.cib.Cib cib = io.tandem.cib.Cib.fromXml(io.tandem.cib.CibXml.parse(file));
        io.tandem.scheduler.Scheduler.schedule(cib, java.time.Instant.ofEpochSecond(CibGenerator.EXECUTION_DATE));
        return (System.nanoTime() - start) / 1e9;
    }

    private static String row(int nodes, int resources, long bytes, Measured ours, double inProcess,
            Measured theirs) {
        String same = theirs == null ? "n/a" : theirs.timedOut() || ours.timedOut() ? "n/a"
                : summary(ours.output()).equals(summary(theirs.output())) ? "yes" : "NO";
        String speedup = theirs == null || ours.timedOut() ? "" : String.format("%.0f×", theirs.wallSeconds()
                / Math.max(0.001, ours.wallSeconds()));
        return String.format("| %d × %,d | %.1f MB | %s | %s | %.2f s | %s | %s | %s | %s |", nodes, resources,
                bytes / 1e6, ours.wall(), ours.rss(), inProcess, theirs == null ? "not installed" : theirs.wall(),
                theirs == null ? "" : theirs.rss(), speedup, same);
    }

    /** The Transition Summary lines, whitespace-normalised and sorted (padding depends on the longest name). */
    static List<String> summary(String output) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : output.split("\n")) {
            if (line.startsWith("Transition Summary:")) {
                in = true;
            } else if (in && !line.startsWith(" ")) {
                break;
            } else if (in && line.strip().startsWith("* ")) {
                out.add(line.strip().replaceAll("\\s+", " ").replaceAll("\\( ", "(").replaceAll(" \\)", ")"));
            }
        }
        out.sort(null);
        return out;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** One process run: wall time, peak RSS (VmHWM polled from /proc) and its output. */
    record Measured(double wallSeconds, long peakKb, String output, boolean timedOut) {

        static Measured run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
            Path out = Files.createTempFile("tandem-bench", ".out");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
                pb.environment().put("LC_ALL", "C");
                pb.environment().put("CIB_shadow_dir", out.getParent().toString());
                long start = System.nanoTime();
                Process p = pb.start();
                long peak = 0;
                long deadline = start + timeoutSeconds * 1_000_000_000L;
                Path status = Path.of("/proc", Long.toString(p.pid()), "status");
                boolean timedOut = false;
                while (p.isAlive()) {
                    peak = Math.max(peak, hwm(status));
                    if (System.nanoTime() > deadline) {
                        p.destroyForcibly();
                        timedOut = true;
                        break;
                    }
                    Thread.sleep(10);
                }
                p.waitFor();
                double wall = (System.nanoTime() - start) / 1e9;
                return new Measured(wall, peak, Files.readString(out, StandardCharsets.UTF_8), timedOut);
            } finally {
                Files.deleteIfExists(out);
            }
        }

        private static long hwm(Path status) {
            try {
                for (String l : Files.readAllLines(status)) {
                    if (l.startsWith("VmHWM:")) {
                        return Long.parseLong(l.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between two polls
            }
            return 0;
        }

        String wall() {
            return timedOut ? "timed out" : String.format("%.2f s", wallSeconds);
        }

        String rss() {
            return peakKb == 0 ? "?" : String.format("%d MB", peakKb / 1024);
        }
    }
}
