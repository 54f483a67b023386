package io.tandem.membership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoopbackMembershipTest {
    /** Records what one node sees, in order. */
    static final class Recorder implements MembershipListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void viewChanged(View view, QuorumState quorum) {
            events.add("view " + String.join(",", view.names()) + " quorate=" + quorum.quorate());
        }

        @Override
        public void received(Member from, byte[] payload, boolean broadcast) {
            events.add((broadcast ? "bcast " : "send ") + from.name() + ":" + new String(payload, StandardCharsets.UTF_8));
        }

        List<String> messages() {
            return events.stream().filter(e -> !e.startsWith("view")).toList();
        }

        String last() {
            return events.getLast();
        }
    }

    private LoopbackNetwork net;
    private final List<LoopbackMembership> nodes = new ArrayList<>();
    private final List<Recorder> seen = new ArrayList<>();

    @BeforeEach
    void threeNodes() {
        net = new LoopbackNetwork(new Votequorum(3, false, false, false, Duration.ofSeconds(10)),
                InstantSource.fixed(Instant.EPOCH), LoopbackNetwork.Mode.SYNCHRONOUS);
        for (int i = 1; i <= 3; i++) {
            LoopbackMembership m = net.member("node" + i, i);
            Recorder r = new Recorder();
            m.subscribe(r);
            nodes.add(m);
            seen.add(r);
            m.start();
        }
    }

    @Test
    void allNodesShareOneViewWithTheOldestAsCoordinator() {
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("node1", "node2", "node3"), nodes.get(i).view().names());
            assertTrue(nodes.get(i).quorate());
        }
        assertEquals(List.of("view node1 quorate=false", "view node1,node2 quorate=true",
                "view node1,node2,node3 quorate=true"), seen.get(0).events);
    }

    @Test
    void broadcastsAreInTheSameOrderEverywhereEvenWhenSentFromCallbacks() {
        // node2 answers every message from node1 with a broadcast of its own, from inside the callback.
        nodes.get(1).subscribe(new MembershipListener() {
            @Override
            public void received(Member from, byte[] payload, boolean broadcast) {
                if (from.name().equals("node1")) {
                    nodes.get(1).broadcast(("re-" + new String(payload, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        for (int i = 0; i < 5; i++) {
            nodes.get(i % 3).broadcast(("m" + i).getBytes(StandardCharsets.UTF_8));
        }
        List<String> reference = seen.get(0).messages();
        assertEquals(7, reference.size(), reference.toString());
        assertEquals(reference, seen.get(1).messages());
        assertEquals(reference, seen.get(2).messages());
    }

    @Test
    void sendReachesOnlyItsTarget() {
        nodes.get(0).send("node3", "hi".getBytes(StandardCharsets.UTF_8));
        assertEquals("send node1:hi", seen.get(2).last());
        assertTrue(seen.get(1).messages().isEmpty());
    }

    @Test
    void partitionGivesTwoViewsAndQuorumOnlyToTheMajorityThenHealMerges() {
        net.partition(List.of(Set.of("node3")));
        assertEquals(List.of("node1", "node2"), nodes.get(0).view().names());
        assertEquals(List.of("node3"), nodes.get(2).view().names());
        assertTrue(nodes.get(0).quorate());
        assertFalse(nodes.get(2).quorate());
        nodes.get(2).broadcast("lost".getBytes(StandardCharsets.UTF_8));
        assertTrue(seen.get(0).messages().isEmpty(), "no message crosses a partition");
        net.heal();
        for (LoopbackMembership m : nodes) {
            assertEquals(List.of("node1", "node2", "node3"), m.view().names());
        }
        assertTrue(nodes.get(2).quorate());
    }

    @Test
    void crashAndLeaveRemoveTheNode() {
        net.crash("node2");
        assertEquals(List.of("node1", "node3"), nodes.get(0).view().names());
        nodes.get(0).stop();
        assertEquals(List.of("node3"), nodes.get(2).view().names());
        assertEquals("node3", nodes.get(2).view().coordinator().name());
        assertFalse(nodes.get(2).quorate());
    }

    @Test
    void manualModeDeliversOnlyWhenAsked() {
        LoopbackNetwork manual = new LoopbackNetwork(new Votequorum(1, false, false, false, Duration.ofSeconds(10)),
                InstantSource.fixed(Instant.EPOCH), LoopbackNetwork.Mode.MANUAL);
        LoopbackMembership a = manual.member("a", 1);
        Recorder r = new Recorder();
        a.subscribe(r);
        a.start();
        a.broadcast("x".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.events.isEmpty());
        manual.deliverPending();
        assertEquals(List.of("view a quorate=true", "bcast a:x"), r.events);
    }

    @Test
    void droppingDecoratorLosesMatchingMessages() {
        DroppingMembership lossy = new DroppingMembership(nodes.get(0),
                m -> new String(m.payload(), StandardCharsets.UTF_8).startsWith("drop"));
        lossy.broadcast("drop-me".getBytes(StandardCharsets.UTF_8));
        lossy.broadcast("keep".getBytes(StandardCharsets.UTF_8));
        lossy.send("node2", "drop-too".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("bcast node1:keep"), seen.get(1).messages());
        assertEquals(2, lossy.dropped());
    }

    @Test
    void delayingDecoratorHoldsDeliveriesInOrderUntilReleased() {
        DelayingMembership slow = new DelayingMembership(nodes.get(2));
        Recorder r = new Recorder();
        slow.subscribe(r);
        slow.hold();
        nodes.get(0).broadcast("a".getBytes(StandardCharsets.UTF_8));
        net.crash("node2");
        nodes.get(0).broadcast("b".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.events.isEmpty());
        assertEquals(3, slow.heldCount());
        slow.release();
        assertEquals(List.of("bcast node1:a", "view node1,node3 quorate=true", "bcast node1:b"), r.events);
    }
}
