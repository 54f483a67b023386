package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.CibVersion;
import io.tandem.cli.CrmTool;
import io.tandem.crm.agent.AgentCatalog;
import io.tandem.crm.agent.AgentInfo;
import io.tandem.crm.configure.ConfigureLevel;
import io.tandem.crm.shell.Console;
import io.tandem.crm.shell.CrmContext;
import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.ClusterAdmin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions with levels, edit through an editor, and the live-cluster erase guard (with in-memory fakes). */
class ShellTest {

    @TempDir
    Path tmp;

    private Path emptyCib() throws IOException {
        Path cib = tmp.resolve("cib.xml");
        Files.writeString(cib, Cib.empty().toXmlString().replace("<nodes/>", "<nodes><node id=\"1\" uname=\"node1\"/>"
                + "</nodes>"));
        return cib;
    }

    @Test
    void pipedSessionMovesBetweenLevels() throws IOException {
        Path cib = emptyCib();
        String input = "configure\nprimitive d1 ocf:heartbeat:Dummy \\\n\top monitor interval=10s\ncommit\nup\n"
                + "resource\nstop d1\nend\nconfigure show d1\nquit\n";
        CrmRun r = CrmRun.run(cib, input);
        assertEquals(0, r.rc(), r.both());
        assertEquals("primitive d1 Dummy \\\n\tmeta target-role=Stopped \\\n\top monitor interval=10s\n", r.out());
    }

    @Test
    void showChangedListsWhatIsNotCommitted() throws IOException {
        Path cib = emptyCib();
        CrmRun.run(cib, "", "configure", "primitive", "d1", "ocf:heartbeat:Dummy");
        CrmRun r = CrmRun.run(cib, "primitive d2 ocf:heartbeat:Dummy\nshow changed\n", "configure");
        assertEquals("primitive d2 Dummy\n", r.out());
    }

    @Test
    void aFailedCommandMakesTheSessionFailButKeepsTheRest() throws IOException {
        Path cib = emptyCib();
        CrmRun r = CrmRun.run(cib, "primitive d1 ocf:heartbeat:Dummy\nnosuch x\ncommit\n", "configure");
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("ERROR: configure.nosuch: No such command"), r.err());
        assertTrue(Files.readString(cib).contains("id=\"d1\""));
    }

    @Test
    void editReplacesObjectsAllOrNothing() throws IOException {
        Path cib = emptyCib();
        CrmRun.run(cib, "", "configure", "primitive", "d1", "ocf:heartbeat:Dummy");
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        ConfigureLevel good = new ConfigureLevel(new io.tandem.crm.target.FileCibTarget(cib), noAgents(), console, ps,
                text -> Optional.of(text.replace("primitive d1 Dummy", "primitive d1 Dummy meta target-role=Stopped")));
        assertTrue(good.run(List.of("edit", "d1"), true));
        assertTrue(Files.readString(cib).contains("target-role"));
        String before = Files.readString(cib);
        ConfigureLevel bad = new ConfigureLevel(new io.tandem.crm.target.FileCibTarget(cib), noAgents(), console, ps,
                text -> Optional.of(text + "location l1 d1 rule -inf: pingd lt\n"));
        assertFalse(bad.run(List.of("edit"), true));
        assertEquals(before, Files.readString(cib), "a bad edit changes nothing");
    }

    @Test
    void eraseIsRefusedWhileResourcesRunOnALiveCluster() throws IOException {
        Path cib = emptyCib();
        CrmRun.run(cib, "", "configure", "primitive", "vip", "ocf:heartbeat:Dummy");
        Cib[] store = {Cib.fromXml(io.tandem.cib.CibXml.parse(cib))};
        CibTarget live = new CibTarget() {
            @Override
            public String name() {
                return "node1";
            }

            @Override
            public boolean live() {
                return true;
            }

            @Override
            public Cib fetch() {
                return store[0];
            }

            @Override
            public void commit(Cib next, CibVersion base) {
                store[0] = next;
            }
        };
        ClusterAdmin admin = new ClusterAdmin() {
            @Override
            public String cleanup(List<String> resources, Optional<String> node) {
                return "";
            }

            @Override
            public void transientAttribute(String node, String name, Optional<String> value) {
            }

            @Override
            public String localNode() {
                return "node1";
            }

            @Override
            public List<String> runningOn(String resource) {
                return List.of("node1");
            }
        };
        CrmContext ctx = new CrmContext(Optional.of(() -> live), Optional.of(admin), Optional.empty(),
                Optional.empty(), noAgents(), java.time.InstantSource.fixed(java.time.Instant.EPOCH));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        int rc = CrmTool.run(List.of("configure", "erase"), Map.of(), new ByteArrayInputStream(new byte[0]), pe, pe,
                ctx);
        assertEquals(1, rc);
        assertEquals("WARNING: resource vip is running, can't delete it\n"
                + "ERROR: CIB erase aborted (nothing was deleted)\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(store[0].configuration().findResource("vip").isPresent());
    }

    @Test
    void eraseOnAFileSkipsTheRunningCheck() throws IOException {
        Path cib = emptyCib();
        CrmRun.run(cib, "", "configure", "primitive", "vip", "ocf:heartbeat:Dummy");
        CrmRun r = CrmRun.run(cib, "", "configure", "erase");
        assertEquals(0, r.rc(), r.both());
        assertFalse(Files.readString(cib).contains("vip"));
    }

    @Test
    void saveThenLoadUpdateRedefinesInPlace() throws IOException {
        Path cib = emptyCib();
        CrmRun.run(cib, "primitive a ocf:heartbeat:Dummy\nprimitive b ocf:heartbeat:Dummy\ngroup g a b\n"
                + "location l1 g 100: node1\ncommit\n", "configure");
        Path saved = tmp.resolve("saved.crm");
        assertEquals(0, CrmRun.run(cib, "", "configure", "save", saved.toString()).rc());
        String text = Files.readString(saved);
        Files.writeString(saved, text.replace("location l1 g 100: node1", "location l1 g 200: node1"));
        CrmRun load = CrmRun.run(cib, "", "configure", "load", "update", saved.toString());
        assertEquals(0, load.rc(), load.both());
        assertEquals(text.replace("100:", "200:"), CrmRun.run(cib, "", "configure", "show").out());
    }

    @Test
    void interactivePromptsNameTheTargetAndLevel() throws IOException {
        Path cib = emptyCib();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(o, true, StandardCharsets.UTF_8);
        int rc = io.tandem.crm.shell.CrmSession.run(List.of(), Map.of("CIB_file", cib.toString()),
                new ByteArrayInputStream("configure\nup\nquit\n".getBytes(StandardCharsets.UTF_8)), ps, ps,
                io.tandem.crm.shell.CrmContext.offline(java.time.InstantSource.fixed(java.time.Instant.EPOCH)), true);
        assertEquals(0, rc);
        assertEquals("crm(cib.xml)# crm(cib.xml)configure# crm(cib.xml)# ", o.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsNamed() {
        CrmRun r = CrmRun.run(tmp.resolve("nope.xml"), "", "configure", "show");
        assertEquals(1, r.rc());
        assertTrue(r.err().startsWith("ERROR: cannot read ") && r.err().contains("nope.xml"), r.err());
    }

    private static AgentCatalog noAgents() {
        return new AgentCatalog() {
            @Override
            public boolean knowsClass(String cls) {
                return false;
            }

            @Override
            public Optional<AgentInfo> metadata(String cls, String provider, String type) {
                return Optional.empty();
            }
        };
    }
}
