package io.tandem.attrd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.membership.LoopbackMembership;
import io.tandem.membership.LoopbackNetwork;
import io.tandem.membership.Votequorum;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Three attribute managers over the in-JVM membership: values replicate, and only the writer writes. */
class AttrdReplicationTest {

    private final List<ScheduledExecutorService> executors = new ArrayList<>();

    @AfterEach
    void stop() {
        executors.forEach(ScheduledExecutorService::shutdownNow);
    }

    @Test
    void anUpdateOnOneNodeIsVisibleEverywhereAndWrittenOnce() throws Exception {
        InstantSource clock = InstantSource.system();
        LoopbackNetwork net = new LoopbackNetwork(new Votequorum(3, false, false, false, Duration.ofSeconds(10)),
                clock, LoopbackNetwork.Mode.SYNCHRONOUS);
        List<AttributeWrite> writes = Collections.synchronizedList(new ArrayList<>());
        List<Attrd> nodes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            LoopbackMembership m = net.member("node" + i, i);
            m.start();
            ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor();
            executors.add(ex);
            String self = "node" + i;
            Attrd a = new Attrd(m, w -> writes.add(new AttributeWrite(w.name() + "@" + self, w.lifetime(), w.values())),
                    clock, ex);
            a.start();
            nodes.add(a);
        }
        nodes.get(1).update(AttributeUpdate.set("default_ping_set", "node2", "1000").withDampen(200));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && (writes.isEmpty()
                || nodes.get(2).query("default_ping_set", "node2").isEmpty())) {
            Thread.sleep(20);
        }
        assertEquals(Optional.of("1000"), nodes.get(2).query("default_ping_set", "node2"));
        assertEquals(Optional.of("1000"), nodes.get(0).query("default_ping_set", "node2"));
        Thread.sleep(300);
        assertEquals(1, writes.size(), () -> "one write, by the writer: " + writes);
        assertTrue(writes.get(0).name().endsWith("@node1"), writes.toString());
        assertEquals(Optional.of("1000"), writes.get(0).values().get("node2"));
    }
}
