package io.tandem.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar tandem.war TOOL}: no Jetty, a cache unpacked once, and how long it takes. */
class ToolsIT {

    @TempDir
    Path tmp;

    @Test
    void toolsRunFromTheWarAndReportTheirTime() throws Exception {
        Processes.runWar(Map.of(), "help"); // warm the cache: the first run unpacks the WAR
        long[] help = new long[5];
        for (int i = 0; i < help.length; i++) {
            Processes.Result r = Processes.runWar(Map.of(), "help");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("cibadmin"), r.out());
            help[i] = r.millis();
        }
        Path cib = tmp.resolve("cib.xml");
        Processes.Result empty = Processes.runWar(Map.of(), "cibadmin", "--empty");
        assertEquals(0, empty.exitCode(), empty.err());
        Files.writeString(cib, empty.out());
        long[] query = new long[5];
        for (int i = 0; i < query.length; i++) {
            Processes.Result r = Processes.runWar(Map.of("CIB_file", cib.toString()), "cibadmin", "-Q");
            assertEquals(0, r.exitCode(), r.err());
            assertEquals(CibXml.parse(cib), CibXml.parse(r.out()));
            query[i] = r.millis();
        }
        String report = String.format("tool timing (wall ms, JDK %s, warm cache): help median %d %s; "
                + "CIB_file cibadmin -Q median %d %s%n", Runtime.version().feature(), median(help),
                Arrays.toString(help), median(query), Arrays.toString(query));
        System.out.print(report);
        Files.writeString(Path.of("target", "tool-timing.txt"), report);
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void concurrentFirstRunsShareOneCompleteCache() throws Exception {
        Path cache = tmp.resolve("cache");
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(Processes.java(), "-jar", Processes.war().toString(), "help")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
            pb.environment().put("TANDEM_CACHE", cache.toString());
            runs.add(pb.start());
        }
        for (Process p : runs) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
        try (Stream<Path> entries = Files.list(cache)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), "one cache directory, no temporary leftovers: " + names);
            assertTrue(names.get(0).startsWith("war-"), names.toString());
        }
    }

    @Test
    void exitCodesForUnknownAndUnimplementedTools() throws Exception {
        Processes.Result unknown = Processes.runWar(Map.of(), "crm_frobnicate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown tool 'crm_frobnicate'"), unknown.err());
        Processes.Result later = Processes.runWar(Map.of(), "cts");
        assertEquals(3, later.exitCode());
        assertEquals("cts: not implemented yet\n", later.err());
        // A status tool with no node to ask and no CIB_file says so: exit 102, as Pacemaker's do.
        Processes.Result offline = Processes.runWar(Map.of("TANDEM_DATA_DIR", Processes.cache().resolve("no-node").toString()),
                "crm_mon", "-1");
        assertEquals(102, offline.exitCode(), offline.err());
        assertTrue(offline.err().contains("no running node"), offline.err());
    }

    @Test
    void wrapperScriptsRunTheirTool() throws Exception {
        Path wrapper = Path.of("deploy", "bin", "pacemakerd").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(wrapper.toString(), "-$").redirectErrorStream(true);
        pb.environment().put("TANDEM_WAR", Processes.war().toAbsolutePath().toString());
        pb.environment().put("TANDEM_CACHE", Processes.cache().toString());
        pb.environment().put("JAVA_HOME", Path.of(Processes.java()).getParent().getParent().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("Pacemaker 2.1.5\n"), out);
    }

    /** Through the real WAR, a sample of Pacemaker's own scheduler inputs reads back semantically equal. */
    @Test
    void cibadminQueryEchoesSharedCases() throws Exception {
        Path cases = Path.of(System.getProperty("tandem.shared", "../shared"), "scheduler-cases");
        Assumptions.assumeTrue(Files.isDirectory(cases), "../shared/scheduler-cases is absent; skipping");
        List<Path> all;
        try (Stream<Path> s = Files.list(cases)) {
            all = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        int step = Math.max(1, all.size() / 8);
        for (int i = 0; i < all.size(); i += step) {
            Path input = all.get(i);
            Processes.Result r = Processes.runWar(Map.of("CIB_file", input.toAbsolutePath().toString()), "cibadmin", "-Q");
            assertEquals(0, r.exitCode(), input + ": " + r.err());
            assertEquals(CibXml.parse(input), CibXml.parse(r.out()), input.toString());
        }
    }
}
