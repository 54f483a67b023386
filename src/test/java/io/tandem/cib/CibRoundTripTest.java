package io.tandem.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Pacemaker scheduler input must load into the typed model and be written back, from the
 * records, as semantically equal XML. The records regenerate the XML, so a field they forget fails here.
 */
class CibRoundTripTest {

    @Test
    void sharedSchedulerCasesRoundTrip() throws IOException {
        Optional<Path> dir = SharedData.dir("scheduler-cases");
        if (dir.isEmpty()) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.get())) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            roundTrip(f).ifPresent(d -> failures.add(f.getFileName() + ": " + d));
        }
        System.out.printf("CIB round trip: %d/%d scheduler cases semantically equal%n",
                files.size() - failures.size(), files.size());
        assertEquals(479, files.size(), "expected the 479 development cases");
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void ownCasesRoundTrip() throws IOException {
        Path dir = Path.of("src/test/resources/cib/roundtrip");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(files.size() >= 2);
        for (Path f : files) {
            assertEquals(Optional.empty(), roundTrip(f), f.toString());
        }
    }

    static Optional<String> roundTrip(Path f) {
        try {
            XmlElement original = CibXml.parse(f);
            Cib cib = Cib.fromXml(original);
            String written = cib.toXmlString();
            XmlElement reread = CibXml.parse(written);
            return XmlEquivalence.difference(original, reread);
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.toString());
        }
    }
}
