package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.Notes;
import io.tandem.crm.configure.WorkingConfig;
import io.tandem.crm.lang.CliParser;
import io.tandem.crm.lang.Lines;
import io.tandem.crm.show.ShowPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * crmsh's test_cliformat round trips (cliformat-roundtrips.json): a line parsed to XML and printed
 * back must read as crmsh prints it.
 */
class CliFormatRoundTripTest {

    private static final Pattern ENTRY = Pattern.compile(
            "\"input\": \"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"expected\": \"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"options\": "
                    + "\\{[^}]*},\\s*\"setup\": \\[((?:[^\\]\"]|\"(?:[^\"\\\\]|\\\\.)*\")*)]");

    @Test
    void roundTrips() throws IOException {
        Optional<Path> dir = SharedCases.dir("crmsh-cases/upstream-crmsh-4.4.1");
        if (dir.isEmpty()) {
            return;
        }
        String json = Files.readString(dir.get().resolve("cliformat-roundtrips.json"));
        Matcher m = ENTRY.matcher(json);
        int total = 0;
        int pass = 0;
        List<String> failures = new ArrayList<>();
        while (m.find()) {
            total++;
            String input = unescape(m.group(1));
            String expected = unescape(m.group(2));
            List<String> setup = new ArrayList<>();
            Matcher s = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(3));
            while (s.find()) {
                setup.add(unescape(s.group(1)));
            }
            String got;
            try {
                got = roundTrip(setup, input);
            } catch (RuntimeException e) {
                got = "EXCEPTION " + e.getMessage();
            }
            if (got.equals(expected)) {
                pass++;
            } else {
                failures.add(input + "\n    want " + expected + "\n    got  " + got);
            }
        }
        failures.forEach(f -> System.out.println("FAIL roundtrip " + f));
        System.out.printf("crm cliformat round trips: %d/%d%n", pass, total);
        assertTrue(pass >= Ratchet.floor("roundtrip"), "round trips " + pass + " < ratchet");
    }

    private static String roundTrip(List<String> setup, String input) {
        XmlElement config = Cib.empty().toXml().child("configuration").orElseThrow();
        WorkingConfig wc = new WorkingConfig(config);
        Notes quiet = new Notes() {
            @Override
            public void info(String text) {
            }

            @Override
            public void warning(String text) {
            }

            @Override
            public void error(String text) {
            }
        };
        for (String line : setup) {
            for (String l : Lines.logical(line)) {
                wc.define(CliParser.parse(Lines.tokens(l)), quiet);
            }
        }
        String text = Lines.logical(input).get(0);
        var o = CliParser.parse(Lines.tokens(text));
        wc.define(o, quiet);
        var shown = wc.objects().stream().filter(x -> x.id().equals(o.id()) || (o.id() == null
                && x.type().equals(o.type()))).toList();
        return ShowPrinter.show(wc.configuration(), shown).replace(" \\\n\t", " ").strip();
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }
}
