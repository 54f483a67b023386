package io.tandem.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.CibVersion;
import io.tandem.cib.CibXml;
import io.tandem.cib.Configuration;
import io.tandem.cib.Primitive;
import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerCoreTest {

    private static String configWith(Cib cib, String primitiveId) {
        List<io.tandem.cib.Resource> rs = new ArrayList<>(cib.configuration().resources());
        rs.add(Primitive.of(primitiveId, "ocf", "heartbeat", "Dummy"));
        Configuration c = cib.configuration().withResources(rs);
        XmlElement config = cib.withConfiguration(c).toXml().child("configuration").orElseThrow();
        return CibXml.write(config);
    }

    private static CoreCluster three() {
        CoreCluster k = new CoreCluster();
        for (String n : List.of("node1", "node2", "node3")) {
            k.add(n, Cib.empty());
        }
        k.view("node1", "node2", "node3");
        return k;
    }

    @Test
    void theOldestMemberIsDcAndEveryoneJoins() {
        CoreCluster k = three();
        assertTrue(k.cores.get("node1").isDc());
        assertFalse(k.cores.get("node2").isDc());
        assertTrue(k.cores.get("node1").integrated());
        assertEquals(1, k.effects("node1", ControllerEffect.Integrated.class).size());
        Cib dc = k.cores.get("node1").cib();
        for (String n : List.of("node1", "node2", "node3")) {
            assertEquals("online", dc.status().node(n).orElseThrow().get("crmd"), n);
            assertTrue(dc.configuration().findNode(n).isPresent(), n);
            assertEquals(dc.toXmlString(), k.cores.get(n).cib().toXmlString(), "identical copies on " + n);
            assertEquals(dc.version(), k.persisted.get(n).version(), "persisted on " + n);
        }
    }

    @Test
    void aCommitFromAnyNodeGoesThroughTheDcAndReachesEveryone() {
        CoreCluster k = three();
        ControllerCore n3 = k.cores.get("node3");
        CibVersion before = n3.cib().version();
        k.run("node3", n3.commitConfiguration("r1", "alice", configWith(n3.cib(), "d1"), before.toString()));
        k.drain();
        List<ControllerEffect.Complete> done = k.effects("node3", ControllerEffect.Complete.class);
        assertEquals(1, done.size());
        assertTrue(done.get(0).result().ok(), done.get(0).result().message());
        assertEquals(new CibVersion(before.adminEpoch(), before.epoch() + 1, 0), done.get(0).result().version().orElseThrow());
        for (ControllerCore c : k.cores.values()) {
            assertTrue(c.cib().configuration().findResource("d1").isPresent(), c.localNode());
        }
    }

    @Test
    void aStaleOrInvalidCommitIsRefusedAndChangesNothing() {
        CoreCluster k = three();
        ControllerCore n2 = k.cores.get("node2");
        Cib before = n2.cib();
        k.run("node2", n2.commitConfiguration("stale", "bob", configWith(before, "d1"), "0:0:0"));
        String bad = configWith(before, "d1").replace("provider=\"heartbeat\" ", "");
        k.run("node2", n2.commitConfiguration("bad", "bob", bad, null));
        k.drain();
        List<ControllerEffect.Complete> done = k.effects("node2", ControllerEffect.Complete.class);
        assertEquals(2, done.size());
        assertFalse(done.get(0).result().ok());
        assertTrue(done.get(0).result().message().contains("changed since it was read"), done.get(0).result().message());
        assertFalse(done.get(1).result().ok());
        assertTrue(done.get(1).result().message().contains("d1") && done.get(1).result().message().contains("provider"),
                done.get(1).result().message());
        assertEquals(before.toXmlString(), k.cores.get("node1").cib().toXmlString());
    }

    @Test
    void whenTheDcLeavesTheNextOldestTakesOverAndMarksItOffline() {
        CoreCluster k = three();
        k.view("node2", "node3");
        ControllerCore n2 = k.cores.get("node2");
        assertTrue(n2.isDc());
        assertEquals("offline", n2.cib().status().node("node1").orElseThrow().get("crmd"));
        assertEquals(n2.cib().toXmlString(), k.cores.get("node3").cib().toXmlString());
    }

    @Test
    void afterAPartitionTheHighestVersionWins() {
        CoreCluster k = new CoreCluster();
        Cib old = Cib.empty();
        k.add("node1", old);
        Cib newer = Cib.fromXml(old.toXml()).withVersion(new CibVersion(0, 40, 0));
        newer = newer.withConfiguration(Cib.parse(newer.toXmlString().replace("<configuration>", "<configuration>"))
                .configuration().withResources(List.of(Primitive.of("fromNode2", "ocf", "heartbeat", "Dummy"))));
        k.add("node2", newer);
        k.view("node1", "node2");
        for (ControllerCore c : k.cores.values()) {
            assertTrue(c.cib().configuration().findResource("fromNode2").isPresent(), c.localNode());
            assertTrue(c.cib().version().epoch() >= 40, c.cib().version().toString());
        }
    }

    @Test
    void cleanupDeletesHistoryOnTheNamedNodeAndAsksAttrdToClear() {
        CoreCluster k = three();
        ControllerCore dc = k.cores.get("node1");
        k.run("node1", dc.updateStatus("test", cib -> cib.withStatus(cib.status().withNode(
                cib.status().node("node2").orElseThrow().withResources(List.of(
                        io.tandem.cib.LrmResource.of("httpd", "ocf", "heartbeat", "apache")))))));
        k.drain();
        assertEquals(1, k.cores.get("node3").cib().status().node("node2").orElseThrow().resources().size());
        k.run("node3", k.cores.get("node3").statusCommand("c1", "ops", "cleanup", "vip,httpd", "node2"));
        k.drain();
        assertEquals(0, k.cores.get("node3").cib().status().node("node2").orElseThrow().resources().size());
        assertTrue(k.effects("node1", ControllerEffect.Broadcast.class).stream().anyMatch(b ->
                b.message() instanceof ControllerMessage.StatusCommand s && s.command().equals("clear-failures")));
        assertTrue(k.effects("node3", ControllerEffect.Complete.class).get(0).result().ok());
    }

    @Test
    void garbageOnTheWireIsRefusedOtherLayersIgnored() {
        assertEquals(null, ControllerCodec.decode(new byte[] {0, 1, 2, 3, 4, 5}));
        byte[] good = ControllerCodec.encode(new ControllerMessage.CommitReply("r", true, "ok", "0:1:0"));
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 2);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ControllerCodec.decode(cut));
    }
}
