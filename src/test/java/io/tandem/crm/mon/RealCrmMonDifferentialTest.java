package io.tandem.crm.mon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Differential check against the installed Pacemaker 2.1.5 {@code crm_mon} (skipped when absent): every
 * eighth scheduler case, {@code -1 -Afr} and {@code -1 -AfrR}, through Tandem's crm_mon tool and the real
 * one, compared after masking times and versions. Rates are ratcheted like the status blocks.
 */
class RealCrmMonDifferentialTest {

    static Optional<Path> realCrmMon() {
        for (String dir : List.of("/usr/sbin", "/usr/bin")) {
            Path p = Path.of(dir, "crm_mon");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static String real(Path crmMon, Path cib, String flags) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(crmMon.toString(), "-1", flags);
        pb.environment().put("CIB_file", cib.toString());
        pb.environment().put("TZ", "UTC");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void tandemMatchesTheInstalledCrmMon() throws Exception {
        Optional<Path> crmMon = realCrmMon();
        Optional<Path> dir = SharedData.dir("scheduler-cases");
        if (crmMon.isEmpty() || dir.isEmpty()) {
            System.out.println("SKIPPED: no installed crm_mon or no shared cases");
            return;
        }
        List<Path> cases;
        try (Stream<Path> files = Files.list(dir.get())) {
            cases = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/crm/mon/ratchet.properties")) {
            ratchet.load(in);
        }
        for (String flags : List.of("-Afr", "-AfrR", "--output-as=xml")) {
            boolean xml = flags.startsWith("--output-as");
            int pass = 0;
            int total = 0;
            List<String> failing = new ArrayList<>();
            for (int i = 0; i < cases.size(); i += 8) {
                Path cib = cases.get(i);
                total++;
                String mine;
                try {
                    mine = SeedScenarioGoldenTest.run(cib, "-1", flags);
                } catch (RuntimeException | AssertionError e) {
                    mine = "CRASH " + e;
                }
                String theirs = real(crmMon.get(), cib, flags);
                if (xml ? MonMask.xml(mine).equals(MonMask.xml(theirs))
                        : MonMask.text(mine).equals(MonMask.text(theirs))) {
                    pass++;
                } else {
                    failing.add(cib.getFileName().toString());
                }
            }
            double rate = Math.floor(1000.0 * pass / total) / 10;
            System.out.printf("crm_mon %s vs installed crm_mon: %d/%d = %.1f%%; failing: %s%n", flags, pass, total,
                    rate, String.join(" ", failing));
            double floor = Double.parseDouble(ratchet.getProperty("differential" + flags, "0"));
            assertTrue(rate >= floor, flags + " rate " + rate + "% dropped below the ratchet " + floor + "%");
        }
    }

    /** The tutorial's states with the options the shared goldens do not cover: all must match. */
    @Test
    void tutorialStatesMatchForEveryOption() throws Exception {
        Optional<Path> crmMon = realCrmMon();
        Optional<Path> dir = SharedData.dir("seed-scenario");
        if (crmMon.isEmpty() || dir.isEmpty()) {
            System.out.println("SKIPPED: no installed crm_mon or no seed scenario");
            return;
        }
        List<String> failing = new ArrayList<>();
        int total = 0;
        try (Stream<Path> states = Files.list(dir.get())) {
            for (Path state : states.sorted().toList()) {
                Path cib = state.resolve("cib.xml");
                if (!Files.exists(cib)) {
                    continue;
                }
                for (String flags : List.of("-n", "-nr", "-nrR", "-nAf", "-AfL", "-AfrRL", "-r")) {
                    total++;
                    String mine = SeedScenarioGoldenTest.run(cib, "-1", flags);
                    if (!MonMask.text(mine).equals(MonMask.text(real(crmMon.get(), cib, flags)))) {
                        failing.add(state.getFileName() + " " + flags);
                    }
                }
            }
        }
        System.out.println("tutorial states x options vs installed crm_mon: " + (total - failing.size()) + "/" + total);
        assertTrue(failing.isEmpty(), "differs from the installed crm_mon: " + failing);
    }
}
