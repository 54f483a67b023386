package io.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.XmlElement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM streams replaces into an H2CibStore and is killed with SIGKILL mid-stream. Reopened, the
 * store must hold a consistent CIB at least as new as the last acknowledged write, and a change row for
 * every acknowledged write.
 */
class StoreCrashIT {

    @TempDir
    Path tmp;

    @RepeatedTest(3)
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        Path data = tmp.resolve("node");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreCrashChild.class.getName(), data.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Long> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("READY", out.readLine());
            int killAfter = 40 + (int) (System.nanoTime() % 40);
            String line;
            while (acks.size() < killAfter && (line = out.readLine()) != null) {
                acks.add(Long.parseLong(line.substring(4)));
            }
            // while the child holds it, another process cannot open the store
            StoreException busy = assertThrows(StoreException.class,
                    () -> H2CibStore.open(data, InstantSource.fixed(Instant.EPOCH)).close());
            assertTrue(busy.getMessage().contains("in use by another process"), busy.getMessage());
            // `kill -9`, not destroyForcibly(): that would also close our end of the pipe, and the acks
            // already in it must be read
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(child.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            while ((line = out.readLine()) != null) { // acks already in the pipe when it died
                acks.add(Long.parseLong(line.substring(4)));
            }
        }
        long lastAck = acks.get(acks.size() - 1);
        try (H2CibStore store = H2CibStore.open(data, InstantSource.fixed(Instant.EPOCH))) {
            Cib current = store.current().orElseThrow();
            long epoch = current.version().epoch();
            assertTrue(epoch == lastAck || epoch == lastAck + 1,
                    "stored epoch " + epoch + " vs last acknowledged " + lastAck + " (one more may have committed unacknowledged)");
            XmlElement resources = current.toXml().child("configuration").orElseThrow().child("resources").orElseThrow();
            assertEquals(epoch, resources.children().size(), "the XML matches its version: one primitive per epoch");
            List<Long> recorded = store.changes(Integer.MAX_VALUE).stream().map(c -> c.version().epoch()).toList();
            for (long ack : acks) {
                assertTrue(recorded.contains(ack), "acknowledged epoch " + ack + " has no change row");
            }
            assertEquals(epoch, recorded.get(0), "the newest change row is the current version");
        }
        System.out.printf("crash test: killed after %d acknowledged writes, last ack epoch %d%n", acks.size(), lastAck);
    }
}
