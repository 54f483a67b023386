package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import io.tandem.cib.XmlEquivalence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays crmsh-cases/generated: each input.crm piped into {@code crm configure} (then commit) against
 * case-base.xml; compares the exit code, {@code configure show} byte for byte, the configuration
 * semantically and crmsh's own ERROR/WARNING/INFO lines.
 */
class GeneratedCasesTest {

    private static final Pattern RC = Pattern.compile("\\[exit code: (\\d+)]");

    @TempDir
    Path tmp;

    @Test
    void replaysAllGeneratedCases() throws IOException {
        Optional<Path> root = SharedCases.dir("crmsh-cases");
        if (root.isEmpty() || !SharedCases.agentsInstalled()) {
            return;
        }
        Path base = root.get().resolve("tools/case-base.xml");
        List<Path> cases;
        try (Stream<Path> s = Files.list(root.get().resolve("generated"))) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        int pass = 0;
        List<String> failures = new ArrayList<>();
        for (Path c : cases) {
            String why = check(c, base);
            if (why == null) {
                pass++;
            } else {
                failures.add(c.getFileName() + ": " + why);
            }
        }
        failures.forEach(f -> System.out.println("FAIL " + f));
        System.out.printf("crm generated cases: %d/%d passed%n", pass, cases.size());
        assertTrue(pass >= Ratchet.floor("generated"), "generated cases passed " + pass + " < ratchet");
    }

    private String check(Path c, Path base) throws IOException {
        Path cib = tmp.resolve(c.getFileName() + ".xml");
        Files.copy(base, cib, StandardCopyOption.REPLACE_EXISTING);
        String input = Files.readString(c.resolve("input.crm")) + "\ncommit\n";
        CrmRun session = CrmRun.run(cib, input, "configure");
        String expectedOut = Files.readString(c.resolve("output.txt"));
        Matcher m = RC.matcher(expectedOut);
        int rc = m.find() ? Integer.parseInt(m.group(1)) : 0;
        List<String> problems = new ArrayList<>();
        if (session.rc() != rc) {
            problems.add("exit " + session.rc() + " != " + rc);
        }
        TreeSet<String> want = crmshLines(expectedOut);
        TreeSet<String> got = crmshLines(session.both());
        boolean crashed = expectedOut.contains("Traceback");
        if (crashed ? !got.containsAll(want) : !got.equals(want)) {
            problems.add("messages " + got + " != " + want);
        }
        CrmRun show = CrmRun.run(cib, "", "configure", "show");
        String expectedShow = Files.readString(c.resolve("show.txt"));
        if (!show.out().equals(expectedShow)) {
            problems.add("show differs:\n--- got\n" + show.out() + "--- want\n" + expectedShow);
        }
        XmlElement want2 = CibXml.parse(c.resolve("cib.xml")).child("configuration").orElseThrow();
        XmlElement got2 = CibXml.parse(cib).child("configuration").orElseThrow();
        XmlEquivalence.difference(got2, want2).ifPresent(d -> problems.add("cib: " + d));
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** crmsh's own lines: ERROR/WARNING/INFO, without crm_verify's "(function)" lines and known crmsh bugs. */
    static TreeSet<String> crmshLines(String text) {
        TreeSet<String> out = new TreeSet<>();
        for (String l : text.split("\n")) {
            if (!(l.startsWith("ERROR: ") || l.startsWith("WARNING: ") || l.startsWith("INFO: "))) {
                continue;
            }
            String body = l.substring(l.indexOf(": ") + 2);
            if (body.startsWith("(") || body.startsWith("crm_verify") || body.startsWith("  ")
                    || body.matches("\\w+ \\(\\d+\\): .*") || body.contains("resource None does not exist")) {
                continue;
            }
            out.add(l);
        }
        return out;
    }
}
