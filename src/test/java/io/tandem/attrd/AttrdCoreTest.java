package io.tandem.attrd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The attribute manager's core, driven by hand: no threads, no clock. */
class AttrdCoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static AttrdCore writer() {
        AttrdCore c = new AttrdCore("node1");
        c.view(List.of("node1", "node2"), true);
        return c;
    }

    private static List<AttrdEffect> deliver(AttrdCore c, AttributeUpdate u, Instant at) {
        return c.deliver(new AttrdMessage.Update(u), at);
    }

    @Test
    void aRequestIsBroadcastNotAppliedLocally() {
        AttrdCore c = writer();
        List<AttrdEffect> fx = c.request(AttributeUpdate.set("a", "node1", "1"));
        assertEquals(1, fx.size());
        assertTrue(fx.get(0) instanceof AttrdEffect.Broadcast);
        assertEquals(Optional.empty(), c.value("a", "node1"));
    }

    @Test
    void undampenedChangesAreWrittenAtOnce() {
        AttrdCore c = writer();
        List<AttrdEffect> fx = deliver(c, AttributeUpdate.set("a", "node1", "1"), T0);
        assertEquals(List.of(new AttrdEffect.Write(new AttributeWrite("a", Lifetime.REBOOT,
                Map.of("node1", Optional.of("1"), "node2", Optional.empty())))), fx);
        assertEquals(List.of(), deliver(c, AttributeUpdate.set("a", "node1", "1"), T0), "no change, no write");
    }

    @Test
    void aBurstInsideTheDampeningWindowIsWrittenOnceAtItsEnd() {
        AttrdCore c = writer();
        List<AttrdEffect> first = deliver(c, AttributeUpdate.set("ping", "node1", "1000").withDampen(5000), T0);
        assertEquals(List.of(new AttrdEffect.WakeAt(T0.plusSeconds(5))), first);
        assertEquals(List.of(), deliver(c, AttributeUpdate.set("ping", "node1", "0"), T0.plusSeconds(1)));
        assertEquals(List.of(), deliver(c, AttributeUpdate.set("ping", "node1", "500"), T0.plusSeconds(2)));
        assertEquals(List.of(new AttrdEffect.WakeAt(T0.plusSeconds(5))), c.tick(T0.plusSeconds(4)), "not due yet");
        List<AttrdEffect> due = c.tick(T0.plusSeconds(5));
        assertEquals(1, due.size());
        AttributeWrite w = ((AttrdEffect.Write) due.get(0)).write();
        assertEquals(Optional.of("500"), w.values().get("node1"), "the latest value is written");
        assertEquals(List.of(), c.tick(T0.plusSeconds(9)), "written once");
        assertEquals(Optional.of("500"), c.value("ping", "node1"));
    }

    @Test
    void aDelayOnlyUpdateKeepsTheValue() {
        AttrdCore c = writer();
        deliver(c, AttributeUpdate.set("a", "node1", "1"), T0);
        deliver(c, new AttributeUpdate("a", "node1", null, false, java.util.OptionalLong.of(3000), Lifetime.REBOOT), T0);
        assertEquals(Optional.of("1"), c.value("a", "node1"));
        assertEquals(3000, c.snapshot().get(0).dampenMs());
    }

    @Test
    void onlyTheWriterWrites() {
        AttrdCore c = new AttrdCore("node2");
        c.view(List.of("node1", "node2"), false);
        c.deliver(new AttrdMessage.Sync(List.of()), T0);
        assertEquals(List.of(), deliver(c, AttributeUpdate.set("a", "node2", "7"), T0));
        assertEquals(Optional.of("7"), c.value("a", "node2"));
    }

    @Test
    void deletionWritesAnEmptyValue() {
        AttrdCore c = writer();
        deliver(c, AttributeUpdate.set("a", "node1", "1"), T0);
        List<AttrdEffect> fx = deliver(c, AttributeUpdate.delete("a", "node1"), T0);
        assertEquals(Optional.empty(), ((AttrdEffect.Write) fx.get(0)).write().values().get("node1"));
        assertEquals(Optional.empty(), c.value("a", "node1"));
    }

    @Test
    void transientValuesOfANodeThatLeftAreForgottenPermanentOnesKept() {
        AttrdCore c = writer();
        deliver(c, AttributeUpdate.set("t", "node2", "1"), T0);
        deliver(c, AttributeUpdate.set("p", "node2", "1").withLifetime(Lifetime.FOREVER), T0);
        c.view(List.of("node1"), true);
        assertEquals(Optional.empty(), c.value("t", "node2"));
        assertEquals(Optional.of("1"), c.value("p", "node2"));
    }

    @Test
    void aNewWriterRecordsEverythingAndSyncsJoiners() {
        AttrdCore old = new AttrdCore("node2");
        old.view(List.of("node1", "node2"), false);
        old.deliver(new AttrdMessage.Sync(List.of()), T0);
        deliver(old, AttributeUpdate.set("a", "node2", "5").withDampen(10_000), T0);
        List<AttrdEffect> fx = old.view(List.of("node2"), true);
        assertTrue(fx.stream().anyMatch(e -> e instanceof AttrdEffect.Write w && w.write().name().equals("a")),
                "pending writes of a dead writer are not lost: " + fx);
        List<AttrdEffect> join = old.view(List.of("node2", "node3"), true);
        AttrdMessage.Sync sync = (AttrdMessage.Sync) ((AttrdEffect.Broadcast) join.get(join.size() - 1)).message();
        AttrdCore joiner = new AttrdCore("node3");
        joiner.view(List.of("node2", "node3"), false);
        joiner.deliver(new AttrdMessage.Update(AttributeUpdate.set("b", "node3", "after-snapshot")), T0);
        assertEquals(Optional.empty(), joiner.value("b", "node3"), "held back until the table arrives");
        joiner.deliver(AttrdMessage.decode(AttrdMessage.encode(sync)), T0);
        assertEquals(Optional.of("5"), joiner.value("a", "node2"));
        assertEquals(Optional.of("after-snapshot"), joiner.value("b", "node3"), "replayed on top of the snapshot");
    }

    @Test
    void afterAPartitionHealsANodeReannouncesItsOwnValues() {
        AttrdCore n2 = new AttrdCore("node2");
        n2.view(List.of("node2"), true);
        deliver(n2, AttributeUpdate.set("ping", "node2", "0"), T0);
        List<AttrdEffect> fx = n2.view(List.of("node1", "node2"), false);
        assertEquals(List.of(new AttrdEffect.Broadcast(new AttrdMessage.SyncRequest("node2"))), fx);
        List<AttrdEffect> after = n2.deliver(new AttrdMessage.Sync(List.of(new AttributeSnapshot("ping", 0,
                Lifetime.REBOOT, Map.of("node1", "1000")))), T0);
        assertEquals(1, after.size(), after.toString());
        AttrdMessage.Update u = (AttrdMessage.Update) ((AttrdEffect.Broadcast) after.get(0)).message();
        assertEquals("node2", u.update().node());
        assertEquals("0", u.update().value());
    }

    @Test
    void theWriterAnswersASyncRequestWithItsTable() {
        AttrdCore w = writer();
        deliver(w, AttributeUpdate.set("a", "node1", "1"), T0);
        List<AttrdEffect> fx = w.deliver(AttrdMessage.decode(AttrdMessage.encode(new AttrdMessage.SyncRequest("node2"))), T0);
        AttrdMessage.Sync s = (AttrdMessage.Sync) ((AttrdEffect.Broadcast) fx.get(0)).message();
        assertEquals("a", s.attributes().get(0).name());
    }

    @Test
    void messagesRoundTripAndGarbageIsRefused() {
        AttributeUpdate u = AttributeUpdate.set("default_ping_set", "node1", "1000").withDampen(5000);
        assertEquals(new AttrdMessage.Update(u), AttrdMessage.decode(AttrdMessage.encode(new AttrdMessage.Update(u))));
        assertThrows(IllegalArgumentException.class, () -> AttrdMessage.decode(new byte[] {1, 2, 3}));
        byte[] good = AttrdMessage.encode(new AttrdMessage.Update(u));
        assertThrows(IllegalArgumentException.class, () -> AttrdMessage.decode(java.util.Arrays.copyOf(good, 9)));
        assertThrows(IllegalArgumentException.class, () -> AttributeUpdate.set("bad\"name", "n", "v"));
    }

    @Test
    void failCountsGrowWithValuePlusPlus() {
        AttrdCore c = writer();
        String fc = "fail-count-httpd#monitor_10000";
        deliver(c, AttributeUpdate.set(fc, "node1", "value++"), T0);
        deliver(c, AttributeUpdate.set(fc, "node1", "value++"), T0);
        assertEquals(Optional.of("2"), c.value(fc, "node1"));
        deliver(c, AttributeUpdate.set(fc, "node1", "value+=INFINITY"), T0);
        assertEquals(Optional.of("INFINITY"), c.value(fc, "node1"));
        assertEquals("5", Increment.expand("5", "1"), "a plain value is taken as it is");
    }
}
