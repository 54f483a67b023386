package io.tandem.membership.jgroups;

import io.tandem.membership.NodeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Child JVMs on 127.0.X.n with token 1000: views form, and crashes, hangs and restarts are seen. */
class FailureDetectionMultiJvmTest {
    private static final Duration START = Duration.ofSeconds(20);
    private static final Duration DETECT = Duration.ofSeconds(6);

    /** Also proves the tutorial's pitfall away: the quorum section is empty, yet the restarted node rejoins. */
    @Test
    void threeNodesFormOneViewAndSeeKillHangAndRestart(@TempDir Path dir) throws Exception {
        try (TestCluster c = new TestCluster(dir, 3, "quorum {\n}\n")) {
            long t = System.nanoTime();
            NodeProcess n1 = c.start("n1");
            NodeProcess n2 = c.start("n2");
            NodeProcess n3 = c.start("n3");
            Set<String> all = Set.of("n1", "n2", "n3");
            for (NodeProcess n : new NodeProcess[] {n1, n2, n3}) {
                n.awaitView(all, t, START);
            }
            assertTrue(n1.awaitView(all, t, START).text().endsWith("quorate=true"), n1.stdout().toString());

            long killed = System.nanoTime();
            n3.kill9();
            NodeProcess.Line seen1 = n1.awaitView(Set.of("n1", "n2"), killed, DETECT);
            long seen2 = n2.awaitView(Set.of("n1", "n2"), killed, DETECT).nanos();
            long crashMs = (Math.max(seen1.nanos(), seen2) - killed) / 1_000_000;
            System.out.println("measure=kill9_to_view ms=" + crashMs);
            assertTrue(seen1.text().endsWith("quorate=true"), "2 of 3 keep quorum: " + seen1.text());
            assertTrue(crashMs < 2_000, "a crash is seen well within token + consensus, took " + crashMs + " ms");

            long restarted = System.nanoTime();
            NodeProcess n3again = c.start("n3");
            for (NodeProcess n : new NodeProcess[] {n1, n2, n3again}) {
                n.awaitView(all, restarted, START);
            }

            long stopped = System.nanoTime();
            n2.signal("STOP");
            long hung = n1.awaitView(Set.of("n1", "n3"), stopped, DETECT).nanos();
            n3again.awaitView(Set.of("n1", "n3"), stopped, DETECT);
            long hangMs = (hung - stopped) / 1_000_000;
            System.out.println("measure=sigstop_to_view ms=" + hangMs);
            assertTrue(hangMs < 4_000, "a hang is seen within about token + consensus, took " + hangMs + " ms");

            long resumed = System.nanoTime();
            n2.signal("CONT");
            for (NodeProcess n : new NodeProcess[] {n1, n2, n3again}) {
                n.awaitView(all, resumed, START);
            }
        }
    }

    @Test
    void twoNodeClusterKeepsQuorumOnTheSurvivorAndFailFastLeaves(@TempDir Path dir) throws Exception {
        try (TestCluster c = new TestCluster(dir, 2,
                "quorum {\n provider: corosync_votequorum\n expected_votes: 2\n two_node: 1\n}\n")) {
            long t = System.nanoTime();
            NodeProcess n1 = c.start("n1");
            NodeProcess n2 = c.start("n2");
            n1.awaitView(Set.of("n1", "n2"), t, START);
            n2.awaitView(Set.of("n1", "n2"), t, START);
            assertTrue(n1.stdout().stream().noneMatch(l -> l.equals("VIEW 0 n1 quorate=true")),
                    "wait_for_all: alone at start-up is not quorate");

            long died = System.nanoTime();
            n2.command("die");
            assertEquals(70, n2.waitForExit(Duration.ofSeconds(10)), "fail-fast exits non-zero");
            NodeProcess.Line left = n1.awaitView(Set.of("n1"), died, DETECT);
            assertTrue(left.text().endsWith("quorate=true"), "two_node: the survivor keeps quorum: " + left.text());
            long leaveMs = (left.nanos() - died) / 1_000_000;
            System.out.println("measure=failfast_to_view ms=" + leaveMs);
            assertTrue(n2.log().contains("event=fail_fast component=controller"), n2.log());
        }
    }
}
