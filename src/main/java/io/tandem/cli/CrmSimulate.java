package io.tandem.cli;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.scheduler.AllocationScore;
import io.tandem.scheduler.ClusterStatus;
import io.tandem.scheduler.Scheduler;
import io.tandem.scheduler.SchedulerResult;
import io.tandem.scheduler.Unpacker;
import io.tandem.transition.Action;
import io.tandem.transition.GraphRunner;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code crm_simulate}: runs the scheduler on a CIB file and prints Pacemaker's blocks (current status,
 * scores, transition summary, executed actions, revised status). The graph runs through the same
 * {@link GraphRunner} the controller uses, with a fake executor.
 */
public final class CrmSimulate {

    private CrmSimulate() {
    }

    public static int run(List<String> args, Map<String, String> env, InputStream in, PrintStream out,
            PrintStream err) {
        return run(args, env, in, out, err, java.time.InstantSource.system().instant());
    }

    /** As {@link #run(List, Map, InputStream, PrintStream, PrintStream)} with the caller's clock. */
    public static int run(List<String> args, Map<String, String> env, InputStream in, PrintStream out,
            PrintStream err, Instant now) {
        String file = env.get("CIB_file");
        boolean simulate = false;
        boolean scores = false;
        boolean live = false;
        String saveOutput = null;
        String saveGraph = null;
        String date = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-x", "--xml-file" -> file = args.get(++i);
                case "-S", "--simulate" -> simulate = true;
                case "-s", "--show-scores" -> scores = true;
                case "-R", "--run" -> {
                }
                case "-L", "--live-check" -> live = true;
                case "-O", "--save-output" -> saveOutput = args.get(++i);
                case "-G", "--save-graph" -> saveGraph = args.get(++i);
                case "-t", "--set-datetime" -> date = args.get(++i);
                case "-Q", "--quiet" -> {
                }
                default -> {
                    if (a.startsWith("-x")) {
                        file = a.substring(2);
                    } else {
                        err.println("crm_simulate: unsupported option " + a);
                        return 64;
                    }
                }
            }
        }
        if (live) {
            err.println("crm_simulate: --live-check needs a running cluster; use -x FILE offline");
            return 102;
        }
        if (file == null) {
            err.println("crm_simulate: no input: give -x FILE or set CIB_file");
            return 64;
        }
        Cib cib;
        try {
            cib = Cib.fromXml(CibXml.parse(Files.readString(Path.of(file))));
        } catch (Exception e) {
            err.println("crm_simulate: could not read " + file + ": " + e.getMessage());
            return 66;
        }
        if (date != null) {
            Instant t = io.tandem.rules.IsoTime.parse(date).map(z -> z.toInstant()).orElse(now);
            cib = cib.withAttribute("execution-date", Long.toString(t.getEpochSecond()));
        }
        StringBuilder sb = new StringBuilder();
        String ed = cib.attr("execution-date");
        String edLine = null;
        if (ed != null) {
            Instant t = Unpacker.effectiveNow(cib, now);
            edLine = "Using the original execution date of: "
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC).format(t) + "\n";
            sb.append(edLine);
        }
        ClusterStatus before = Unpacker.unpack(cib, now);
        sb.append("Current cluster status:\n");
        CrmSimulateStatus.print(before, sb);
        SchedulerResult result = Scheduler.schedule(cib, now);
        if (scores) {
            sb.append("\n");
            for (AllocationScore s : result.scores()) {
                sb.append(s.format()).append('\n');
            }
        }
        sb.append("\nTransition Summary:\n");
        for (String l : result.summary()) {
            sb.append("  * ").append(l).append('\n');
        }
        if (simulate) {
            sb.append("\nExecuting Cluster Transition:\n");
            CrmSimulateExecutor exec = new CrmSimulateExecutor(cib);
            List<String> fired = new ArrayList<>();
            GraphRunner runner = new GraphRunner(Map.of(Action.Kind.RESOURCE, exec::execute, Action.Kind.FENCE,
                    exec::fence), a -> fired.add(line(a)));
            runner.run(result.graph());
            for (String f : fired) {
                sb.append(f).append('\n');
            }
            if (edLine != null) {
                sb.append(edLine);
            }
            sb.append("\nRevised Cluster Status:\n");
            CrmSimulateStatus.print(Unpacker.unpack(exec.cib(), now), sb);
            cib = exec.cib();
        }
        out.print(sb);
        try {
            if (saveOutput != null) {
                Files.writeString(Path.of(saveOutput), cib.toXmlString());
            }
            if (saveGraph != null) {
                Files.writeString(Path.of(saveGraph), CrmSimulateGraph.xml(result.graph()));
            }
        } catch (java.io.IOException e) {
            err.println("crm_simulate: " + e.getMessage());
            return 73;
        }
        return 0;
    }

    static String line(Action a) {
        if (a.pseudo()) {
            return "  * Pseudo action:   " + a.key();
        }
        if (a.kind() == Action.Kind.FENCE) {
            return "  * Fencing " + a.node() + " (" + a.key().substring(a.key().lastIndexOf('-') + 1) + ")";
        }
        String task = a.intervalMs() > 0 ? a.task() + "=" + a.intervalMs() : a.task();
        return String.format("  * Resource action: %-15s %s on %s", a.rsc(), task, a.node());
    }
}
