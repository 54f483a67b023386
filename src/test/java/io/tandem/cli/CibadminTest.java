package io.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import io.tandem.cib.Cib;
import io.tandem.cib.CibVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CibadminTest {

    @TempDir
    Path dir;
    private Path cibFile;
    private final Cibadmin cibadmin = new Cibadmin(new ValidatorCheck());

    private static final String CIB = "<cib admin_epoch=\"0\" epoch=\"4\" num_updates=\"2\" validate-with=\"pacemaker-3.7\">"
            + "<configuration><crm_config/><nodes><node id=\"1\" uname=\"n1\"/></nodes><resources/><constraints/>"
            + "</configuration><status/></cib>";

    @BeforeEach
    void writeCib() throws Exception {
        cibFile = dir.resolve("cib.xml");
        Files.writeString(cibFile, CIB);
    }

    private ToolRun run(String stdin, String... args) {
        return ToolRun.run(cibadmin, "cibadmin", Map.of("CIB_file", "cib.xml"), dir, stdin, args);
    }

    @Test
    void queryPrintsTheFileAndAScope() {
        ToolRun r = run("", "-Q");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(CibXml.parse(CIB), CibXml.parse(r.out()));
        ToolRun nodes = run("", "-Q", "-o", "nodes");
        assertEquals(CibXml.parse("<nodes><node id=\"1\" uname=\"n1\"/></nodes>"), CibXml.parse(nodes.out()));
    }

    @Test
    void replaceWritesTheFileAndBumpsTheEpoch() throws Exception {
        String changed = CIB.replace("<resources/>", "<resources><primitive id=\"ip\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\"/></resources>");
        Path input = dir.resolve("new.xml");
        Files.writeString(input, changed);
        ToolRun r = run("", "--replace", "--xml-file", "new.xml");
        assertEquals(0, r.exitCode(), r.err());
        XmlElement stored = CibXml.parse(cibFile);
        assertEquals(new CibVersion(0, 5, 0), Cib.fromXml(stored).version());
        assertEquals("ip", stored.child("configuration").orElseThrow().child("resources").orElseThrow().children().get(0).id());
    }

    @Test
    void replaceOfOneSectionFromStandardInput() throws Exception {
        ToolRun r = run("<resources><primitive id=\"ip\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\"/></resources>",
                "-R", "-o", "resources", "-p");
        assertEquals(0, r.exitCode(), r.err());
        XmlElement stored = CibXml.parse(cibFile);
        assertEquals("ip", stored.child("configuration").orElseThrow().child("resources").orElseThrow().children().get(0).id());
        assertEquals("1", stored.child("configuration").orElseThrow().child("nodes").orElseThrow().children().get(0).id(),
                "the other sections are untouched");
        assertEquals(new CibVersion(0, 5, 0), Cib.fromXml(stored).version());
    }

    @Test
    void anInvalidReplacementIsNeverStored() throws Exception {
        ToolRun r = run("", "-R", "-X", "<cib epoch=\"9\"><status/></cib>");
        assertEquals(ExitCode.CONFIG, r.exitCode());
        assertTrue(r.err().contains("required element <configuration> is missing"), r.err());
        assertEquals(CIB, Files.readString(cibFile));
    }

    @Test
    void anOlderReplacementIsRefused() throws Exception {
        ToolRun r = run("", "-R", "-X", CIB.replace("epoch=\"4\"", "epoch=\"3\""));
        assertEquals(ExitCode.OLD, r.exitCode());
        assertTrue(r.err().contains("older"), r.err());
        assertEquals(CIB, Files.readString(cibFile));
    }

    @Test
    void aReplacementWithANewerVersionKeepsIt() throws Exception {
        ToolRun r = run("", "-R", "-X", CIB.replace("epoch=\"4\"", "epoch=\"9\"").replace("num_updates=\"2\"", "num_updates=\"0\""));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(new CibVersion(0, 9, 0), Cib.fromXml(CibXml.parse(cibFile)).version());
    }

    @Test
    void danglingReferencesAreNamedAndNotStored() throws Exception {
        String dangling = CIB.replace("<constraints/>", "<constraints><rsc_location id=\"loc1\" rsc=\"nosuch\" node=\"n1\" score=\"10\"/></constraints>");
        ToolRun r = run("", "-R", "-X", dangling);
        assertEquals(ExitCode.CONFIG, r.exitCode());
        assertTrue(r.err().contains("loc1") && r.err().contains("nosuch"), r.err());
        assertEquals(CIB, Files.readString(cibFile));
    }

    @Test
    void badXmlAndMissingFilesAreNamed() {
        ToolRun bad = run("", "-R", "-X", "<cib><oops></cib>");
        assertEquals(ExitCode.DATAERR, bad.exitCode());
        assertTrue(bad.err().startsWith("cibadmin: --xml-text: XML is not well-formed"), bad.err());
        ToolRun missing = run("", "-R", "-x", "nope.xml");
        assertEquals(ExitCode.NOINPUT, missing.exitCode());
        assertTrue(missing.err().contains("nope.xml"), missing.err());
    }

    @Test
    void withoutCibFileItSaysHowToWorkOffline() {
        ToolRun r = ToolRun.run(cibadmin, "cibadmin", Map.of(), dir, "", "-Q");
        assertEquals(ExitCode.NOT_CONNECTED, r.exitCode());
        assertTrue(r.err().contains("CIB_file"), r.err());
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, run("", "-Q", "-R").exitCode());
        assertEquals(ExitCode.USAGE, run("", "--frobnicate").exitCode());
        ToolRun scope = run("", "-Q", "-o", "everything");
        assertEquals(ExitCode.USAGE, scope.exitCode());
        assertTrue(scope.err().contains("'everything'"), scope.err());
    }

    @Test
    void emptyPrintsAValidEmptyCib() {
        ToolRun r = ToolRun.run(cibadmin, "cibadmin", Map.of(), dir, "", "--empty");
        assertEquals(0, r.exitCode());
        XmlElement empty = CibXml.parse(r.out());
        assertEquals(java.util.List.of(), new ValidatorCheck().check(empty));
        assertEquals(new CibVersion(0, 1, 0), Cib.fromXml(empty).version());
    }
}
