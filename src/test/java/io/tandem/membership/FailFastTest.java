package io.tandem.membership;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailFastTest {
    @Test
    void aDeadComponentMakesTheNodeLeaveAndExitNonZeroOnce() throws Exception {
        LoopbackNetwork net = new LoopbackNetwork(new Votequorum(2, true, false, false, Duration.ofSeconds(10)),
                InstantSource.fixed(Instant.EPOCH), LoopbackNetwork.Mode.SYNCHRONOUS);
        LoopbackMembership node1 = net.member("node1", 1);
        LoopbackMembership node2 = net.member("node2", 2);
        node1.start();
        node2.start();
        List<Integer> exits = new ArrayList<>();
        FailFast failFast = new FailFast(node2, exits::add);

        Thread executor = new Thread(() -> {
            throw new IllegalStateException("executor loop crashed");
        }, "executor");
        executor.setUncaughtExceptionHandler(failFast.handlerFor("executor"));
        executor.start();
        executor.join();

        assertEquals(List.of(FailFast.EXIT_CODE), exits);
        assertTrue(failFast.fired());
        assertEquals(List.of("node1"), node1.view().names(), "the peer sees the node leave");
        failFast.componentDied("controller", new RuntimeException("second"));
        assertEquals(1, exits.size(), "fail-fast acts once");
    }
}
