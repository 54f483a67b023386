package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.Notes;
import io.tandem.crm.configure.WorkingConfig;
import io.tandem.crm.lang.CliParser;
import io.tandem.crm.lang.Lines;
import io.tandem.crm.show.ShowPrinter;
import io.tandem.crm.target.FileCibTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every one of Pacemaker's scheduler CIBs can be shown, and the shown text read back in shows the
 * same again (show ∘ parse ∘ show = show): the printer and the parser agree on real configurations.
 */
class ShowFixpointTest {

    @Test
    void schedulerCibsShowAndReadBack() throws IOException {
        Optional<Path> dir = SharedCases.dir("scheduler-cases");
        if (dir.isEmpty()) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.get())) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        int shown = 0;
        int fixpoints = 0;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            XmlElement config = new FileCibTarget(f).fetch().toXml().child("configuration").orElseThrow();
            String text = ShowPrinter.show(config);
            shown++;
            try {
                String again = ShowPrinter.show(reparse(config, text));
                if (again.equals(text)) {
                    fixpoints++;
                } else {
                    failures.add(f.getFileName() + ": " + firstDiff(text, again));
                }
            } catch (RuntimeException e) {
                failures.add(f.getFileName() + ": " + e.getMessage());
            }
        }
        if (System.getProperty("crm.upstream.verbose") != null) {
            failures.forEach(x -> System.out.println("FIXPOINT " + x));
        }
        System.out.printf("crm show fixpoint on scheduler CIBs: %d/%d shown, %d read back identically%n", shown,
                files.size(), fixpoints);
        assertEquals(files.size(), shown);
        assertTrue(fixpoints >= Ratchet.floor("fixpoint"), "fixpoints " + fixpoints + " < ratchet");
    }

    /** Defines every shown line into a configuration that keeps only the original's empty sections. */
    private static XmlElement reparse(XmlElement original, String text) {
        List<XmlElement> sections = new ArrayList<>();
        for (String s : List.of("crm_config", "nodes", "resources", "constraints")) {
            sections.add(XmlElement.of(s));
        }
        WorkingConfig wc = new WorkingConfig(original.withChildren(sections));
        Notes quiet = new Notes() {
            @Override
            public void info(String t) {
            }

            @Override
            public void warning(String t) {
            }

            @Override
            public void error(String t) {
            }
        };
        for (String line : Lines.logical(text)) {
            wc.define(CliParser.parse(Lines.tokens(line)), quiet);
        }
        return wc.configuration();
    }

    private static String firstDiff(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": '" + x[i] + "' vs '" + y[i] + "'";
            }
        }
        return "length " + x.length + " vs " + y.length;
    }
}
