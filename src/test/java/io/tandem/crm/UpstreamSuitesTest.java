package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cli.CrmTool;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays crmsh 4.4.1's own regression testcases that reproduce offline (the flow of the upstream
 * harness, re-implemented: show blocks run {@code configure; erase; erase nodes; ...; show; commit}
 * on a CIB preloaded with the sample) and counts, per suite, the commands whose output matches
 * the expected transcript after upstream's filters.
 */
class UpstreamSuitesTest {

    static final List<String> SUITES = List.of("confbasic", "rset", "bundle", "commit", "delete", "newfeatures", "acl");
    /** Suites the README calls not (fully) reproducible offline; printed for information, not ratcheted. */
    static final List<String> EXTRA = List.of("bugs", "edit");

    @TempDir
    Path tmp;

    @Test
    void upstreamSuites() throws IOException {
        Optional<Path> root = SharedCases.dir("crmsh-cases");
        if (root.isEmpty() || !SharedCases.agentsInstalled()) {
            return;
        }
        Path tdir = root.get().resolve("upstream-crmsh-4.4.1/testcases");
        List<String> excl = lines(tdir.resolve("common.excl"));
        int pass = 0;
        int total = 0;
        for (String suite : EXTRA) {
            int[] r = suite(tdir, root.get(), suite, excl);
            System.out.printf("crm upstream %-12s %3d/%3d commands (informational)%n", suite, r[0], r[1]);
        }
        for (String suite : SUITES) {
            int[] r = suite(tdir, root.get(), suite, excl);
            System.out.printf("crm upstream %-12s %3d/%3d commands%n", suite, r[0], r[1]);
            pass += r[0];
            total += r[1];
        }
        System.out.printf("crm upstream suites: %d/%d commands (%.1f%%)%n", pass, total, 100.0 * pass / total);
        assertTrue(pass >= Ratchet.floor("upstream"), "upstream commands passed " + pass + " < ratchet");
    }

    private int[] suite(Path tdir, Path root, String suite, List<String> excl) throws IOException {
        {
            List<String> ex = new ArrayList<>(excl);
            if (Files.exists(tdir.resolve(suite + ".excl"))) {
                ex.addAll(lines(tdir.resolve(suite + ".excl")));
            }
            String got = run(tdir.resolve(suite), root.resolve("tools/upstream-harness/mksample.crm"));
            List<Chunk> want = chunks(Files.readString(tdir.resolve(suite + ".exp")), ex);
            List<Chunk> have = chunks(got, ex);
            int p = 0;
            for (int i = 0; i < want.size(); i++) {
                Chunk w = want.get(i);
                Chunk h = i < have.size() ? have.get(i) : null;
                if (h != null && h.head.equals(w.head) && h.body.equals(w.body)) {
                    p++;
                } else if (System.getProperty("crm.upstream.verbose") != null) {
                    System.out.println("DIFF " + suite + " " + w.head + "\n  want " + w.body + "\n  got  "
                            + (h == null ? null : h.head + " " + h.body));
                }
            }
            return new int[] {p, want.size()};
        }
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p).stream().filter(l -> !l.isEmpty()).toList();
    }

    /** One command of a transcript: its .INP/.TRY line and the filtered output lines after it. */
    record Chunk(String head, List<String> body) {
    }

    static List<Chunk> chunks(String transcript, List<String> excl) {
        List<Chunk> out = new ArrayList<>();
        String head = null;
        List<String> body = new ArrayList<>();
        for (String raw : transcript.split("\n")) {
            String l = raw.replaceAll("\\s+", " ").strip();
            l = l.replaceFirst("^(WARNING|ERROR|INFO): \\d+: ", "$1: ");
            if (l.isEmpty() || l.startsWith(".EXT ") || excluded(raw, excl)) {
                continue;
            }
            if (l.startsWith(".INP: ") || l.startsWith(".TRY ")) {
                if (head != null) {
                    out.add(new Chunk(head, body));
                }
                head = l;
                body = new ArrayList<>();
            } else if (head != null) {
                body.add(l);
            }
        }
        if (head != null) {
            out.add(new Chunk(head, body));
        }
        return out;
    }

    private static boolean excluded(String line, List<String> excl) {
        for (String p : excl) {
            try {
                if (java.util.regex.Pattern.compile(p).matcher(line).find()) {
                    return true;
                }
            } catch (java.util.regex.PatternSyntaxException e) {
                // an exclusion Java cannot read is skipped, as a line it cannot match
            }
        }
        return false;
    }

    private String run(Path testcase, Path sample) throws IOException {
        List<String> joined = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        for (String l : Files.readAllLines(testcase)) {
            if (l.endsWith("\\")) {
                buf.append(l, 0, l.length() - 1);
                continue;
            }
            joined.add((buf + l).strip());
            buf.setLength(0);
        }
        Path cib = tmp.resolve(testcase.getFileName() + ".xml");
        Files.writeString(cib, io.tandem.cib.Cib.empty().toXmlString());
        crm(cib, Files.readString(sample));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < joined.size(); i++) {
            String line = joined.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String cmd = line.split(" ", 2)[0];
            String rest = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
            if (cmd.startsWith("%")) {
                continue;
            }
            if (List.of("show", "showxml", "session", "filesession").contains(cmd)) {
                StringBuilder body = new StringBuilder();
                i++;
                while (i < joined.size() && !joined.get(i).equals(".")) {
                    body.append(joined.get(i)).append('\n');
                    i++;
                }
                if (!cmd.equals("showxml")) {
                    out.append(".TRY ").append(rest).append('\n');
                }
                String pre = "configure\n_regtest on\nerase\nerase nodes\n";
                switch (cmd) {
                    case "show" -> out.append(crm(cib, pre + body + "show\ncommit\n"));
                    case "showxml" -> crm(cib, pre + body + "show xml\ncommit\n");
                    default -> out.append(crm(cib, body.toString()));
                }
                continue;
            }
            out.append(".TRY ").append(line).append('\n');
            out.append(crm(cib, "", io.tandem.crm.lang.Lines.tokens(line).toArray(String[]::new)));
        }
        return out.toString();
    }

    private static String crm(Path cib, String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(o, true, StandardCharsets.UTF_8)) {
            List<String> a = new ArrayList<>();
            a.add("-R");
            a.addAll(List.of(args));
            CrmTool.run(a, Map.of("CIB_file", cib.toString()), new ByteArrayInputStream(stdin.getBytes(
                    StandardCharsets.UTF_8)), ps, ps);
        }
        return o.toString(StandardCharsets.UTF_8);
    }
}
