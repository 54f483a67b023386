package io.tandem.membership.jgroups;

import io.tandem.membership.NodeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A node holding another key can neither join, nor be seen, nor inject a message; the members log why. */
class WrongKeyMultiJvmTest {
    @Test
    void nodeWithAnotherKeyIsLockedOut(@TempDir Path dir) throws Exception {
        try (TestCluster c = new TestCluster(dir, 3, "")) {
            Path otherKey = dir.resolve("other-authkey");
            TestCluster.keygen(otherKey);
            long t = System.nanoTime();
            NodeProcess n1 = c.start("n1");
            NodeProcess n2 = c.start("n2");
            n1.awaitView(Set.of("n1", "n2"), t, Duration.ofSeconds(20));
            n2.awaitView(Set.of("n1", "n2"), t, Duration.ofSeconds(20));

            long intruderStart = System.nanoTime();
            NodeProcess intruder = c.start("n3", otherKey);
            intruder.await(l -> l.equals("STARTED n3"), intruderStart, Duration.ofSeconds(20));
            assertTrue(intruder.stdout().stream().filter(l -> l.startsWith("VIEW ")).allMatch(l -> l.contains(" n3 ")),
                    "the intruder only ever sees itself: " + intruder.stdout());
            intruder.command("bcast injected");
            n1.command("bcast hello");
            n2.await(l -> l.equals("MSG n1 hello"), intruderStart, Duration.ofSeconds(5));
            // Give the intruder time for discovery, merge attempts and its message (MERGE3 runs every 1-3 s).
            Thread.sleep(4_000);
            for (NodeProcess member : new NodeProcess[] {n1, n2}) {
                assertTrue(member.stdout().stream().noneMatch(l -> l.contains("n3")),
                        member.name + " saw the intruder: " + member.stdout());
                assertTrue(member.log().contains("event=auth_reject")
                        && member.log().contains("different cluster key"), member.name + " log: " + member.log());
            }
            assertTrue(intruder.stdout().stream().noneMatch(l -> l.contains("MSG n1")), intruder.stdout().toString());
            assertTrue(intruder.stdout().stream().filter(l -> l.startsWith("VIEW ")).allMatch(l -> l.contains(" n3 ")),
                    intruder.stdout().toString());
        }
    }
}
