package io.tandem.executor.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.executor.AgentInvocation;
import io.tandem.executor.AgentOutcome;
import io.tandem.executor.ProcessProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: process groups, deadlines, output capture. */
class CommonsExecAgentRunnerTest {

    @TempDir
    Path tmp;
    private CommonsExecAgentRunner runner;

    @BeforeEach
    void setUp() throws IOException {
        runner = CommonsExecAgentRunner.withDefaults(tmp.resolve("exec"));
    }

    @AfterEach
    void tearDown() {
        runner.close();
    }

    private AgentOutcome sh(String script, Duration timeout, Map<String, String> env) {
        return runner.run(new AgentInvocation(List.of("/bin/sh", "-c", script), env, timeout));
    }

    @Test
    void capturesExitCodeAndBothStreams() {
        AgentOutcome o = sh("echo out; echo err >&2; exit 6", Duration.ofSeconds(5), Map.of());
        assertEquals(6, o.exitCode());
        assertFalse(o.timedOut());
        assertEquals("out\n", o.stdout());
        assertEquals("err\n", o.stderr());
    }

    @Test
    void runsInItsOwnProcessGroupAndSession() throws IOException {
        AgentOutcome o = sh("ps -o pgid=,sid= -p $$", Duration.ofSeconds(5), Map.of("PATH", "/usr/bin:/bin"));
        String[] ids = o.stdout().trim().split("\\s+");
        long jvmPgid = Long.parseLong(Files.readString(Path.of("/proc/self/stat")).split("\\) ")[1].split(" ")[2]);
        assertEquals(ids[0], ids[1], "the agent leads its own session and group");
        assertTrue(Long.parseLong(ids[0]) != jvmPgid, "not the JVM's group");
    }

    @Test
    void timeoutKillsTheWholeGroupIncludingAForkedChild() throws InterruptedException {
        String marker = "tandem-hang-" + UUID.randomUUID();
        long t0 = System.nanoTime();
        AgentOutcome o = sh("sh -c 'sleep 300; echo " + marker + "' & sleep 300", Duration.ofMillis(700),
                Map.of("PATH", "/usr/bin:/bin"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(o.timedOut());
        assertTrue(ms >= 650 && ms < 3000, "ended at the deadline: " + ms + " ms");
        for (int i = 0; i < 50 && ProcessProbe.count(marker) > 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(0, ProcessProbe.count(marker), "the forked child died with the group");
    }

    @Test
    void aGrandchildHoldingStdoutDoesNotBlockCompletion() {
        String marker = "tandem-daemon-" + UUID.randomUUID();
        long t0 = System.nanoTime();
        AgentOutcome o = sh("sh -c 'sleep 5; : " + marker + "' & echo started", Duration.ofSeconds(20),
                Map.of("PATH", "/usr/bin:/bin"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, o.exitCode());
        assertEquals("started\n", o.stdout());
        assertTrue(ms < 2000, "completion did not wait for the grandchild: " + ms + " ms");
        ProcessProbe.killAll(marker);
    }

    @Test
    void environmentIsExactlyWhatWasGiven() {
        AgentOutcome o = sh("env", Duration.ofSeconds(5), Map.of("ONLY", "this"));
        List<String> lines = o.stdout().lines().filter(l -> !l.startsWith("PWD=") && !l.startsWith("SHLVL=")
                && !l.startsWith("_=")).toList();
        assertEquals(List.of("ONLY=this"), lines);
    }

    @Test
    void scratchFilesAreRemoved() throws IOException {
        sh("echo hi", Duration.ofSeconds(5), Map.of());
        try (var s = Files.list(tmp.resolve("exec"))) {
            assertEquals(0, s.count());
        }
    }
}
