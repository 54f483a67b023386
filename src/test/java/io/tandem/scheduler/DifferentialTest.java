package io.tandem.scheduler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Differential test: random CIBs ({@link RandomCib}, seeds 1..N; N from -Dtandem.diff.n, 200 by default)
 * through Tandem and Debian's crm_simulate, comparing the Transition Summary (strict level). Skipped when
 * crm_simulate is not installed. Every difference is saved under target/differential/SEED.xml with its
 * seed printed, so it replays as a case. The pass rate may not drop below the ratchet's differential rate.
 */
class DifferentialTest {

    @Test
    void randomClustersDecideAsPacemakerDoes() throws Exception {
        Path crm = Path.of("/usr/sbin/crm_simulate");
        if (!Files.isExecutable(crm)) {
            System.out.println("SKIPPED: crm_simulate is not installed");
            return;
        }
        int n = Integer.getInteger("tandem.diff.n", 200);
        long first = Long.getLong("tandem.diff.seed", 1);
        Path out = Path.of("target", "differential");
        Files.createDirectories(out);
        List<Long> failed = new ArrayList<>();
        for (long seed = first; seed < first + n; seed++) {
            String xml = RandomCib.generate(seed);
            Path file = out.resolve("case.xml");
            Files.writeString(file, xml);
            Process p = new ProcessBuilder(crm.toString(), "-x", file.toString(), "-S").redirectErrorStream(true)
                    .start();
            String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String actual = CompatibilityTest.simulate(file);
            if (!SummaryBlocks.fromOutput(expected, false).equals(SummaryBlocks.fromOutput(actual, false))) {
                failed.add(seed);
                Files.writeString(out.resolve(seed + ".xml"), xml);
                Files.writeString(out.resolve(seed + ".expected"), expected);
            }
        }
        Files.deleteIfExists(out.resolve("case.xml"));
        double rate = 100.0 * (n - failed.size()) / n;
        System.out.printf("Differential test: %d/%d random CIBs decided as crm_simulate does (%.1f%%)%n",
                n - failed.size(), n, rate);
        if (!failed.isEmpty()) {
            System.out.println("  differing seeds (saved in target/differential/SEED.xml): " + failed);
        }
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/scheduler/ratchet.properties")) {
            if (in != null) {
                ratchet.load(in);
            }
        }
        double floor = Double.parseDouble(ratchet.getProperty("differential", "0"));
        assertTrue(Math.round(rate * 10) / 10.0 + 1e-9 >= floor, "differential rate " + rate + " < " + floor);
    }

}
