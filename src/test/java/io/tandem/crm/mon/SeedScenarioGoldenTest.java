package io.tandem.crm.mon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.cib.SharedData;
import io.tandem.cli.CibSource;
import io.tandem.cli.CrmMon;
import io.tandem.cli.ToolContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The tutorial's states (../shared/seed-scenario/*): crm_mon -1 -Af, -Afr, -AfrR and --output-as=xml on
 * each cib.xml must equal the real Pacemaker 2.1.5 output byte for byte once times and versions are
 * masked (XML: after canonical masking too).
 */
class SeedScenarioGoldenTest {

    static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");

    static String run(Path cib, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ToolContext ctx = new ToolContext("crm_mon", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]),
                Map.of("CIB_file", cib.toString()), cib.getParent());
        int rc = new CrmMon(InstantSource.fixed(NOW), ZoneOffset.UTC, CibSource.notConnected(), d -> {
            throw new InterruptedException();
        }).run(List.of(args), ctx);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyStateMatchesPacemaker() throws IOException {
        Optional<Path> dir = SharedData.dir("seed-scenario");
        List<DynamicTest> tests = new ArrayList<>();
        if (dir.isEmpty()) {
            return tests.stream();
        }
        try (Stream<Path> states = Files.list(dir.get())) {
            for (Path state : states.sorted().toList()) {
                Path cib = state.resolve("cib.xml");
                if (!Files.exists(cib)) {
                    continue;
                }
                String name = state.getFileName().toString();
                add(tests, name, state.resolve("crm_mon.txt"), () -> MonMask.text(run(cib, "-1", "-Af")), true);
                add(tests, name, state.resolve("crm_mon_r.txt"), () -> MonMask.text(run(cib, "-1", "-Afr")), true);
                add(tests, name, state.resolve("crm_mon_rR.txt"), () -> MonMask.text(run(cib, "-1", "-AfrR")), true);
                // crm status (crmsh) is crm_mon -1 -r followed by an empty line.
                add(tests, name, state.resolve("crm-status.txt"), () -> MonMask.text(MonText.render(
                        ClusterViews.build(io.tandem.cib.Cib.fromXml(io.tandem.cib.CibXml.parse(read(cib))), NOW),
                        MonOptions.defaults().withInactive(true), ZoneOffset.UTC) + "\n"), true);
                add(tests, name, state.resolve("crm_mon.xml"),
                        () -> MonMask.xml(run(cib, "-1", "-Af", "--output-as=xml")), false);
            }
        }
        return tests.stream();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void add(List<DynamicTest> tests, String state, Path expected,
            java.util.function.Supplier<String> actual, boolean text) {
        if (!Files.exists(expected)) {
            return;
        }
        tests.add(DynamicTest.dynamicTest(state + "/" + expected.getFileName(), () -> {
            String want = Files.readString(expected);
            assertEquals(text ? MonMask.text(want) : MonMask.xml(want), actual.get());
        }));
    }
}
