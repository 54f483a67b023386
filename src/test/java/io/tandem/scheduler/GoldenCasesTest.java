package io.tandem.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Tandem's own scheduler cases (src/test/resources/scheduler/golden/NAME): the tutorial's cluster in its
 * typical states. Each holds input.xml, a one-line description.txt, and expected.summary /
 * expected.scores as Pacemaker 2.1.5's crm_simulate printed them for that input.
 */
class GoldenCasesTest {

    @TestFactory
    Stream<DynamicTest> summariesMatchPacemaker() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/scheduler/golden").toURI());
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName() + ": " + description(d), () -> {
            String expected = Files.readString(d.resolve("expected.summary"));
            String actual = CompatibilityTest.simulate(d.resolve("input.xml"));
            assertEquals(SummaryBlocks.fromOutput(expected, false), SummaryBlocks.fromOutput(actual, false));
            assertEquals(SummaryBlocks.currentStatus(expected), SummaryBlocks.currentStatus(actual));
        }));
    }

    private static String description(Path d) {
        try {
            return Files.readString(d.resolve("description.txt")).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
