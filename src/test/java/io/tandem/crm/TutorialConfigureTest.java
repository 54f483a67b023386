package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import io.tandem.cib.XmlEquivalence;
import io.tandem.crm.lang.Lines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorial's own commands (seed-scenario/01-configure/commands.sh), typed exactly, build the
 * expected CIB and {@code configure show}; the forced move of S6 creates the prefer and ban constraints
 * and prints the tutorial's warning.
 */
class TutorialConfigureTest {

    @TempDir
    Path tmp;

    @Test
    void tutorialCommandsBuildTheExpectedCib() throws IOException {
        Optional<Path> seed = SharedCases.dir("seed-scenario");
        if (seed.isEmpty() || !SharedCases.agentsInstalled()) {
            return;
        }
        Path step = seed.get().resolve("01-configure");
        Path cib = tmp.resolve("cib.xml");
        Files.copy(seed.get().resolve("00-nodes-online/cib.xml"), cib, StandardCopyOption.REPLACE_EXISTING);
        int commands = 0;
        for (String line : Files.readAllLines(step.resolve("commands.sh"))) {
            if (!line.startsWith("CIB_file=cib.xml crm configure ") || line.contains(" show")) {
                continue;
            }
            List<String> args = Lines.tokens(line.substring("CIB_file=cib.xml crm ".length()));
            CrmRun r = CrmRun.run(cib, "", args.toArray(String[]::new));
            assertEquals(0, r.rc(), line + "\n" + r.both());
            commands++;
        }
        assertEquals(8, commands);
        assertEquals(Files.readString(step.resolve("configure-show.txt")), CrmRun.run(cib, "", "configure", "show")
                .out());
        XmlElement want = CibXml.parse(step.resolve("cib.xml")).child("configuration").orElseThrow();
        XmlElement got = CibXml.parse(cib).child("configuration").orElseThrow();
        assertEquals(Optional.empty(), XmlEquivalence.difference(got, want));
        String showXml = CrmRun.run(cib, "", "configure", "show", "xml").out();
        XmlElement xmlWant = CibXml.parse(Files.readString(step.resolve("configure-show-xml.txt")));
        XmlElement xmlGot = CibXml.parse(showXml);
        assertEquals(Optional.empty(), XmlEquivalence.difference(xmlGot.child("configuration").orElseThrow(),
                xmlWant.child("configuration").orElseThrow()));
    }

    @Test
    void forcedMoveCreatesPreferAndBanWithTheWarning() throws IOException {
        Optional<Path> seed = SharedCases.dir("seed-scenario/S6-move-web-node1-force");
        if (seed.isEmpty()) {
            return;
        }
        // S5's CIB is S6's moved.xml without the two move constraints (S5 itself is kept for acceptance).
        String moved = Files.readString(seed.get().resolve("moved.xml"));
        String before = moved.replaceAll("(?m)^\\s*<rsc_location id=\"cli-[^\n]*\n", "");
        Path cib = tmp.resolve("s5.xml");
        Files.writeString(cib, before);
        CrmRun r = CrmRun.run(cib, "", "resource", "move", "web", "node1", "force");
        assertEquals(0, r.rc(), r.both());
        assertTrue(r.err().contains("WARNING: Creating rsc_location constraint 'cli-ban-web-on-node2' with a score of "
                + "-INFINITY for resource web on node2. This will prevent web from running on node2 until the "
                + "constraint is removed using the clear option or by editing the CIB with an appropriate tool. This "
                + "will be the case even if node2 is the last node in the cluster"), r.err());
        XmlElement want = CibXml.parse(moved).child("configuration").orElseThrow();
        XmlElement got = CibXml.parse(cib).child("configuration").orElseThrow();
        assertEquals(Optional.empty(), XmlEquivalence.difference(got, want));
        assertEquals(Files.readString(seed.get().resolve("configure-show.txt")),
                CrmRun.run(cib, "", "configure", "show").out());
        CrmRun clear = CrmRun.run(cib, "", "resource", "unmove", "web");
        assertEquals(0, clear.rc(), clear.both());
        assertTrue(clear.err().contains("deprecated"), clear.err());
        assertTrue(!Files.readString(cib).contains("cli-"), "unmove removes both constraints");
    }
}
