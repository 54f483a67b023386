package io.tandem.membership.jgroups;

import io.tandem.membership.NodeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A partition made by the test layer gives two views (quorum on the majority only) that merge after healing. */
class PartitionMultiJvmTest {
    @Test
    void partitionGivesTwoViewsThatMergeAfterHealing(@TempDir Path dir) throws Exception {
        try (TestCluster c = new TestCluster(dir, 3, "")) {
            long t = System.nanoTime();
            NodeProcess n1 = c.start("n1");
            NodeProcess n2 = c.start("n2");
            NodeProcess n3 = c.start("n3");
            Set<String> all = Set.of("n1", "n2", "n3");
            for (NodeProcess n : new NodeProcess[] {n1, n2, n3}) {
                n.awaitView(all, t, Duration.ofSeconds(20));
            }

            long split = System.nanoTime();
            n1.command("block n3");
            n2.command("block n3");
            n3.command("block n1,n2");
            NodeProcess.Line majority = n1.awaitView(Set.of("n1", "n2"), split, Duration.ofSeconds(8));
            n2.awaitView(Set.of("n1", "n2"), split, Duration.ofSeconds(8));
            NodeProcess.Line minority = n3.awaitView(Set.of("n3"), split, Duration.ofSeconds(8));
            assertTrue(majority.text().endsWith("quorate=true"), majority.text());
            assertTrue(minority.text().endsWith("quorate=false"), minority.text());

            n3.command("bcast from-the-minority");
            n1.command("bcast from-the-majority");
            n2.await(l -> l.equals("MSG n1 from-the-majority"), split, Duration.ofSeconds(5));
            n3.await(l -> l.equals("MSG n3 from-the-minority"), split, Duration.ofSeconds(5));

            long healed = System.nanoTime();
            for (NodeProcess n : new NodeProcess[] {n1, n2, n3}) {
                n.command("heal");
            }
            for (NodeProcess n : new NodeProcess[] {n1, n2, n3}) {
                NodeProcess.Line merged = n.awaitView(all, healed, Duration.ofSeconds(20));
                assertTrue(merged.text().endsWith("quorate=true"), merged.text());
            }
            System.out.println("measure=heal_to_merged_view ms=" + (System.nanoTime() - healed) / 1_000_000);
            assertTrue(n1.stdout().stream().noneMatch(l -> l.contains("from-the-minority")),
                    "nothing crossed the partition: " + n1.stdout());
        }
    }
}
