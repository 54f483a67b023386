package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlEquivalence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resource and node levels on the tutorial's CIB files (offline: they edit the file). */
class ResourceCommandsTest {

    @TempDir
    Path tmp;

    private Optional<Path> copy(String step) throws IOException {
        Optional<Path> dir = SharedCases.dir("seed-scenario/" + step);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path cib = tmp.resolve(step + ".xml");
        Files.copy(dir.get().resolve("cib.xml"), cib, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(cib);
    }

    @Test
    void cleanupCleansTheTopParentOnOneNode() throws IOException {
        Optional<Path> cib = copy("S3c-httpd-fail3-node2");
        if (cib.isEmpty()) {
            return;
        }
        Cib before = Cib.fromXml(CibXml.parse(cib.get()));
        CrmRun r = CrmRun.run(cib.get(), "", "resource", "cleanup", "httpd", "node2");
        assertEquals(0, r.rc(), r.both());
        assertEquals("Cleaned up vip on node2\nCleaned up httpd on node2\n", r.out());
        Cib after = Cib.fromXml(CibXml.parse(cib.get()));
        var node2 = after.status().node("node2").orElseThrow();
        assertTrue(node2.transientAttribute("fail-count-httpd#monitor_10000").isEmpty());
        assertTrue(node2.transientAttribute("last-failure-httpd#monitor_10000").isEmpty());
        assertTrue(node2.resources().stream().noneMatch(x -> x.id().equals("httpd") || x.id().equals("vip")));
        assertEquals(before.status().node("node1"), after.status().node("node1"), "node1 is untouched");
        assertEquals(before.version().nextStatus(), after.version(), "a status change bumps num_updates");
        assertEquals("scope=status  name=fail-count-httpd value=3\n",
                CrmRun.run(cib.get(), "", "resource", "failcount", "httpd", "show", "node1").out());
        assertEquals("scope=status  name=fail-count-httpd value=0\n",
                CrmRun.run(cib.get(), "", "resource", "failcount", "httpd", "show", "node2").out());
    }

    @Test
    void cleanupWithForceCleansOnlyTheMember() throws IOException {
        Optional<Path> cib = copy("S3c-httpd-fail3-node2");
        if (cib.isEmpty()) {
            return;
        }
        CrmRun r = CrmRun.run(cib.get(), "", "resource", "cleanup", "httpd", "node1", "force");
        assertEquals("Cleaned up httpd on node1\n", r.out());
    }

    @Test
    void standbyAndOnlineWriteTheNodeAttribute() throws IOException {
        Optional<Path> cib = copy("S0-all-started");
        Optional<Path> x01 = SharedCases.dir("seed-scenario/X01-standby-node1");
        if (cib.isEmpty() || x01.isEmpty()) {
            return;
        }
        CrmRun r = CrmRun.run(cib.get(), "", "node", "standby", "node1");
        assertEquals(0, r.rc(), r.both());
        assertEquals("INFO: standby node node1\n", r.err());
        assertEquals(Optional.empty(), XmlEquivalence.difference(
                CibXml.parse(cib.get()).child("configuration").orElseThrow(),
                CibXml.parse(x01.get().resolve("cib.xml")).child("configuration").orElseThrow()));
        assertEquals("node1(1): member\n\tstandby=on\nnode2(2): member\n",
                CrmRun.run(cib.get(), "", "node", "show").out());
        CrmRun online = CrmRun.run(cib.get(), "", "node", "online", "node1");
        assertEquals(0, online.rc());
        assertTrue(Files.readString(cib.get()).contains("name=\"standby\" value=\"off\""));
        CrmRun bad = CrmRun.run(cib.get(), "", "node", "standby", "node3");
        assertEquals(1, bad.rc());
        assertEquals("ERROR: node.standby: Node \"node3\" is not a cluster node\n", bad.err());
    }

    @Test
    void moveWithoutForceOnlyPrefers() throws IOException {
        Optional<Path> cib = copy("S3c-httpd-fail3-node2");
        if (cib.isEmpty()) {
            return;
        }
        CrmRun r = CrmRun.run(cib.get(), "", "resource", "move", "web", "node1");
        assertEquals(0, r.rc(), r.both());
        String xml = Files.readString(cib.get());
        assertTrue(xml.contains("cli-prefer-web"));
        assertFalse(xml.contains("cli-ban-web"));
        assertFalse(r.err().contains("WARNING"), r.err());
        CrmRun clear = CrmRun.run(cib.get(), "", "resource", "clear", "web");
        assertEquals(0, clear.rc());
        assertFalse(clear.err().contains("deprecated"));
        assertFalse(Files.readString(cib.get()).contains("cli-prefer-web"));
    }

    @Test
    void moveWithALifetimeExpires() throws IOException {
        Optional<Path> cib = copy("S3c-httpd-fail3-node2");
        if (cib.isEmpty()) {
            return;
        }
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8);
        var ctx = io.tandem.crm.shell.CrmContext.offline(java.time.InstantSource.fixed(
                java.time.Instant.parse("2024-06-01T10:00:00Z")));
        int rc = io.tandem.cli.CrmTool.run(java.util.List.of("resource", "move", "web", "node1", "PT1H"),
                java.util.Map.of("CIB_file", cib.get().toString()), new java.io.ByteArrayInputStream(new byte[0]), ps,
                ps, ctx);
        assertEquals(0, rc, o.toString());
        String xml = Files.readString(cib.get());
        assertTrue(xml.contains("operation=\"lt\" end=\"2024-06-01 11:00:00Z\""), xml);
    }

    @Test
    void stopStartManageMaintenanceAreMetaAttributes() throws IOException {
        Optional<Path> cib = copy("S0-all-started");
        if (cib.isEmpty()) {
            return;
        }
        assertEquals(0, CrmRun.run(cib.get(), "", "resource", "stop", "web").rc());
        String show = CrmRun.run(cib.get(), "", "configure", "show", "web").out();
        assertEquals("group web vip httpd \\\n\tmeta target-role=Stopped\n", show);
        assertEquals(0, CrmRun.run(cib.get(), "", "resource", "start", "web").rc());
        assertEquals(0, CrmRun.run(cib.get(), "", "resource", "unmanage", "vip").rc());
        assertEquals(0, CrmRun.run(cib.get(), "", "resource", "maintenance", "httpd", "on").rc());
        String all = CrmRun.run(cib.get(), "", "configure", "show", "web", "vip", "httpd").out();
        assertTrue(all.contains("meta target-role=Started"), all);
        assertTrue(all.contains("meta is-managed=false"), all);
        assertTrue(all.contains("meta maintenance=true"), all);
        CrmRun missing = CrmRun.run(cib.get(), "", "resource", "stop", "nosuch");
        assertEquals("ERROR: Resource not found: nosuch\n", missing.err());
    }

    @Test
    void statusAndConstraintsReadTheCib() throws IOException {
        Optional<Path> cib = copy("S6-move-web-node1-force");
        if (cib.isEmpty()) {
            return;
        }
        assertEquals("resource web is running on: node1\n",
                CrmRun.run(cib.get(), "", "resource", "status", "web").out());
        String c = CrmRun.run(cib.get(), "", "resource", "constraints", "web").out();
        assertTrue(c.startsWith("Locations:\n"), c);
        assertTrue(c.contains("  * Node node2 (score=-INFINITY, id=cli-ban-web-on-node2, rsc=web)"), c);
    }
}
