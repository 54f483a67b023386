package io.tandem.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pacemaker runs all its scheduler inputs, so the validator must accept them (no false alarms). */
class CibValidatorCalibrationTest {

    @Test
    void acceptsEveryPacemakerInput() throws IOException {
        Optional<Path> dir = SharedData.dir("scheduler-cases");
        if (dir.isEmpty()) {
            return;
        }
        List<String> flagged = new ArrayList<>();
        int n = 0;
        try (Stream<Path> s = Files.list(dir.get())) {
            for (Path f : s.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                n++;
                List<CibProblem> errors = CibValidator.errors(Cib.fromXml(CibXml.parse(f)));
                if (!errors.isEmpty()) {
                    flagged.add(f.getFileName() + ": " + errors);
                }
            }
        }
        System.out.printf("CIB validator: %d/%d Pacemaker inputs accepted%n", n - flagged.size(), n);
        // order-wrong-kind is the one input Pacemaker itself warns about (kind="foo").
        assertEquals(List.of("order-wrong-kind.xml"), flagged.stream().map(x -> x.substring(0, x.indexOf(':'))).toList(),
                () -> String.join("\n", flagged));
    }
}
