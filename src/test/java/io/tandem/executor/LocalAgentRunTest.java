package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm_resource --force-* / --validate local runs. */
class LocalAgentRunTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        Map<String, String> env = Map.of("TANDEM_STATE_DIR", tmp.resolve("state").toString(), "TANDEM_NODE", "node1",
                "TANDEM_AGENT_DIRS", TestNode.TANDEM_AGENTS.toString());
        return LocalAgentRun.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void forceStartCheckStopDummy() {
        Path state = tmp.resolve("dummy.state");
        String[] agent = {"--class", "ocf", "--provider", "heartbeat", "--agent", "Dummy", "--option", "state=" + state};
        assertEquals(0, run(concat("--validate", agent)));
        assertEquals(7, run(concat("--force-check", agent)));
        assertTrue(out().contains("returned: 'not running' (7)"), out());
        assertEquals(0, run(concat("--force-start", agent)));
        assertTrue(Files.exists(state));
        assertTrue(out().startsWith("Operation force-start for Dummy (ocf:heartbeat:Dummy) returned: 'ok' (0)"), out());
        assertEquals(0, run(concat("--force-check", agent)));
        assertEquals(0, run(concat("--force-stop", agent)));
        assertFalse(Files.exists(state));
    }

    @Test
    void validateReportsTheAgentsVerdict() {
        assertEquals(6, run("--validate", "--class=ocf", "--provider=tandem", "--agent=webserver", "--option", "port=x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a number"));
    }

    @Test
    void missingAgentAndBadUsage() {
        assertEquals(5, run("--force-start", "--class", "ocf", "--provider", "heartbeat", "--agent", "Nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not installed"));
        assertEquals(LocalAgentRun.EXIT_USAGE, run("--force-start"));
        assertEquals(LocalAgentRun.EXIT_USAGE, run("--force-start", "--agent", "Dummy", "--provider", "heartbeat", "--option", "novalue"));
        assertEquals(LocalAgentRun.EXIT_USAGE, run("--force-start", "--agent"));
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
