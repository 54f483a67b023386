package io.tandem.crm.mon;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Developer aid: with -Dmon.dump=DIR, writes Tandem's crm_mon outputs for every shared case to DIR. */
class DumpForDiff {

    @Test
    void dump() throws Exception {
        String target = System.getProperty("mon.dump");
        Optional<Path> dir = io.tandem.cib.SharedData.dir("scheduler-cases");
        if (target == null || dir.isEmpty()) {
            return;
        }
        Path out = Path.of(target);
        Files.createDirectories(out);
        Optional<Path> seed = io.tandem.cib.SharedData.dir("seed-scenario");
        if (seed.isPresent()) {
            try (var states = Files.list(seed.get())) {
                for (Path st : states.filter(p -> Files.exists(p.resolve("cib.xml"))).toList()) {
                    Path cib = st.resolve("cib.xml");
                    String n = "seed-" + st.getFileName();
                    Files.writeString(out.resolve(n + ".Af.txt"), SeedScenarioGoldenTest.run(cib, "-1", "-Af"));
                    Files.writeString(out.resolve(n + ".Afr.txt"), SeedScenarioGoldenTest.run(cib, "-1", "-Afr"));
                    Files.writeString(out.resolve(n + ".AfrR.txt"), SeedScenarioGoldenTest.run(cib, "-1", "-AfrR"));
                    for (String f : java.util.List.of("-n", "-nr", "-nrR", "-nAf")) {
                        Files.writeString(out.resolve(n + "." + f + ".txt"), SeedScenarioGoldenTest.run(cib, "-1", f));
                    }
                    Files.writeString(out.resolve(n + ".mon.xml"),
                            SeedScenarioGoldenTest.run(cib, "-1", "-Af", "--output-as=xml"));
                }
            }
        }
        try (var files = Files.list(dir.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                String n = f.getFileName().toString().replace(".xml", "");
                try {
                    ClusterView v = ClusterViews.build(Cib.fromXml(CibXml.parse(f)), SchedulerCasesStatusTest.NOW);
                    Files.writeString(out.resolve(n + ".r.txt"),
                            MonText.render(v, MonOptions.defaults().withInactive(true), ZoneOffset.UTC));
                    Files.writeString(out.resolve(n + ".Af.txt"), MonText.render(v,
                            MonOptions.defaults().withAttributes(true).withFailcounts(true), ZoneOffset.UTC));
                    Files.writeString(out.resolve(n + ".AfrR.txt"), MonText.render(v, MonOptions.defaults()
                            .withAttributes(true).withFailcounts(true).withInactive(true).withDetail(true),
                            ZoneOffset.UTC));
                    Files.writeString(out.resolve(n + ".xml"), MonXml.render(v, MonOptions.defaults(), ZoneOffset.UTC,
                            "crm_mon -1 --output-as=xml"));
                } catch (RuntimeException e) {
                    Files.writeString(out.resolve(n + ".r.txt"), "CRASH " + e + "\n");
                }
            }
        }
    }
}
