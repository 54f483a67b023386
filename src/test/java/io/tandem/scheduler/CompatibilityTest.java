package io.tandem.scheduler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.SharedData;
import io.tandem.cli.CrmSimulate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of ../shared/scheduler-cases through the scheduler and compares the Transition
 * Summary with real crm_simulate's (strict and loose, per tier), and the Current cluster status block.
 * Rates may only go up: they are checked against src/test/resources/scheduler/ratchet.properties.
 */
class CompatibilityTest {

    /** A fixed "now" for cases without execution-date: their recorded output holds for any recent time. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    record Tally(int[] counts) {
        Tally() {
            this(new int[4]);
        }
    }

    @Test
    void transitionSummaryMatchesPacemaker() throws IOException {
        Optional<Path> dir = SharedData.dir("scheduler-cases");
        if (dir.isEmpty()) {
            return;
        }
        Map<String, String> tiers = new TreeMap<>();
        List<String> csv = Files.readAllLines(dir.get().resolve("features.csv"));
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",", 3);
            tiers.put(f[0], f[1].substring(0, 2));
        }
        Map<String, int[]> rates = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int statusOk = 0;
        int total = 0;
        for (Map.Entry<String, String> e : tiers.entrySet()) {
            String name = e.getKey();
            String expected = Files.readString(dir.get().resolve(name + ".summary"));
            String actual;
            try {
                actual = simulate(dir.get().resolve(name + ".xml"));
            } catch (RuntimeException ex) {
                actual = "Transition Summary:\n  * CRASH " + ex + "\nExecuting Cluster Transition:\n";
            }
            boolean strict = SummaryBlocks.fromOutput(expected, false).equals(SummaryBlocks.fromOutput(actual, false));
            boolean loose = SummaryBlocks.fromOutput(expected, true).equals(SummaryBlocks.fromOutput(actual, true));
            int[] t = rates.computeIfAbsent(e.getValue(), k -> new int[3]);
            int[] all = rates.computeIfAbsent("ALL", k -> new int[3]);
            for (int[] x : new int[][] {t, all}) {
                x[0]++;
                x[1] += strict ? 1 : 0;
                x[2] += loose ? 1 : 0;
            }
            if (!loose) {
                failures.add(e.getValue() + " " + name);
            }
            total++;
            if (SummaryBlocks.currentStatus(expected).equals(SummaryBlocks.currentStatus(actual))) {
                statusOk++;
            }
        }
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/scheduler/ratchet.properties")) {
            if (in != null) {
                ratchet.load(in);
            }
        }
        StringBuilder report = new StringBuilder("Scheduler compatibility (Transition Summary vs crm_simulate 2.1.5):\n");
        List<String> drops = new ArrayList<>();
        List<String> rises = new ArrayList<>();
        for (Map.Entry<String, int[]> r : rates.entrySet()) {
            int[] x = r.getValue();
            double s = 100.0 * x[1] / x[0];
            double l = 100.0 * x[2] / x[0];
            report.append(String.format("  %-4s cases %3d  strict %5.1f%%  loose %5.1f%%%n", r.getKey(), x[0], s, l));
            check(ratchet, r.getKey() + ".strict", s, drops, rises);
            check(ratchet, r.getKey() + ".loose", l, drops, rises);
        }
        double st = 100.0 * statusOk / Math.max(1, total);
        report.append(String.format("  Current cluster status block: %d/%d (%.1f%%)%n", statusOk, total, st));
        check(ratchet, "status", st, drops, rises);
        System.out.print(report);
        if (Boolean.getBoolean("tandem.compat.list")) {
            failures.forEach(f -> System.out.println("  loose-fail " + f));
        }
        if (!rises.isEmpty()) {
            System.out.println("  Rates rose; raise src/test/resources/scheduler/ratchet.properties: " + rises);
        }
        assertTrue(drops.isEmpty(), "compatibility dropped below the ratchet: " + drops);
    }

    private static void check(Properties ratchet, String key, double rate, List<String> drops, List<String> rises) {
        String v = ratchet.getProperty(key);
        if (v == null) {
            rises.add(key + "=" + String.format("%.1f", Math.round(rate * 10) / 10.0));
            return;
        }
        double floor = Double.parseDouble(v);
        // Ratchet values are percentages to one decimal: compare at that precision.
        double shown = Math.round(rate * 10) / 10.0;
        if (shown + 1e-9 < floor) {
            drops.add(key + " " + String.format("%.1f", rate) + " < " + floor);
        } else if (shown > floor + 1e-9) {
            rises.add(key + "=" + String.format("%.1f", shown));
        }
    }

    static String simulate(Path xml) {
        java.io.ByteArrayOutputStream bout = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bout, true, java.nio.charset.StandardCharsets.UTF_8);
        CrmSimulate.run(List.of("-x", xml.toString(), "-S"), Map.of(), InputStream.nullInputStream(), out, out,
                NOW);
        return bout.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static Cib load(Path xml) throws IOException {
        return Cib.fromXml(CibXml.parse(Files.readString(xml)));
    }
}
