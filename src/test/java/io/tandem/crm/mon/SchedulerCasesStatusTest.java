package io.tandem.crm.mon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.SharedData;
import io.tandem.scheduler.Unpacker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Renders the "Current cluster status:" block of every ../shared/scheduler-cases input with the crm_mon
 * renderer and compares it with crm_simulate 2.1.5's, byte for byte. The pass rate may only go up: it is
 * checked against src/test/resources/crm/mon/ratchet.properties.
 */
class SchedulerCasesStatusTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static String expectedBlock(String summary) {
        Matcher m = Pattern.compile("(?ms)^Current cluster status:\\n(.*?)^Transition Summary:").matcher(summary);
        return m.find() ? m.group(1).strip() : "";
    }

    static String actualBlock(Path xml) throws IOException {
        Cib cib = Cib.fromXml(CibXml.parse(xml));
        ClusterView v = ClusterViews.build(cib, Unpacker.effectiveNow(cib, NOW));
        return MonText.renderStatusBlock(v, MonOptions.simulate(), ZoneOffset.UTC).strip();
    }

    @Test
    void currentClusterStatusMatchesCrmSimulate() throws IOException {
        Optional<Path> dir = SharedData.dir("scheduler-cases");
        if (dir.isEmpty()) {
            return;
        }
        List<Path> cases;
        try (Stream<Path> files = Files.list(dir.get())) {
            cases = files.filter(p -> p.toString().endsWith(".summary")).sorted().toList();
        }
        int pass = 0;
        List<String> failing = new ArrayList<>();
        for (Path summary : cases) {
            String name = summary.getFileName().toString().replace(".summary", "");
            String actual;
            try {
                actual = actualBlock(summary.resolveSibling(name + ".xml"));
            } catch (RuntimeException e) {
                actual = "CRASH " + e;
            }
            if (actual.equals(expectedBlock(Files.readString(summary)))) {
                pass++;
            } else {
                failing.add(name);
            }
        }
        double rate = Math.floor(1000.0 * pass / cases.size()) / 10;
        System.out.printf("crm_mon status blocks: %d/%d = %.1f%% match crm_simulate 2.1.5%n", pass, cases.size(), rate);
        System.out.println("crm_mon status blocks failing: " + String.join(" ", failing));
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/crm/mon/ratchet.properties")) {
            ratchet.load(in);
        }
        double floor = Double.parseDouble(ratchet.getProperty("status.block", "0"));
        assertTrue(rate >= floor, "status block pass rate " + rate + "% dropped below the ratchet " + floor + "%");
    }
}
