package io.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlEquivalence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code CIB_file=X cibadmin -Q} prints XML semantically equal to X, for every shared scheduler input. */
class CibadminSharedCasesTest {

    @Test
    void queryEchoesEverySharedCase() throws Exception {
        Path cases = Path.of(System.getProperty("tandem.shared", "../shared"), "scheduler-cases");
        Assumptions.assumeTrue(Files.isDirectory(cases), cases + " is absent; skipping the shared cases");
        List<Path> inputs;
        try (Stream<Path> s = Files.list(cases)) {
            inputs = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Cibadmin cibadmin = new Cibadmin(new ValidatorCheck());
        List<String> failures = new ArrayList<>();
        for (Path input : inputs) {
            ToolRun r = ToolRun.run(cibadmin, "cibadmin", Map.of("CIB_file", input.toAbsolutePath().toString()),
                    Path.of("."), "", "-Q");
            if (r.exitCode() != 0) {
                failures.add(input.getFileName() + ": exit " + r.exitCode() + " " + r.err());
                continue;
            }
            XmlEquivalence.difference(CibXml.parse(input), CibXml.parse(r.out()))
                    .ifPresent(d -> failures.add(input.getFileName() + ": " + d));
        }
        assertEquals(List.of(), failures, failures.size() + " of " + inputs.size() + " cases differ");
        Assumptions.assumeTrue(inputs.size() > 0, "no cases found");
    }
}
