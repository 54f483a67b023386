package io.tandem.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolMainTest {

    private record Result(int rc, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ToolMain.run(List.of(args), ToolRegistry.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), Map.of(),
                Path.of("."));
        return new Result(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryTool() {
        Result r = run("help");
        assertEquals(0, r.rc());
        for (String tool : List.of("crm", "crm_mon", "crm_simulate", "cibadmin", "crm_verify", "crm_resource",
                "crm_attribute", "attrd_updater", "crm_node", "pacemakerd", "keygen", "useradd", "bench", "cts")) {
            assertTrue(r.out().contains("\n  " + tool + " "), tool + " missing from help:\n" + r.out());
        }
    }

    @Test
    void unknownToolExitsTwoAndSaysSo() {
        Result r = run("crm_frob");
        assertEquals(2, r.rc());
        assertTrue(r.err().contains("unknown tool 'crm_frob'"), r.err());
        assertEquals(2, run().rc());
    }

    @Test
    void reservedToolsSayNotImplementedAndExitThree() {
        Result r = run("cts", "-1");
        assertEquals(3, r.rc());
        assertEquals("cts: not implemented yet\n", r.err());
    }

    @Test
    void argv0StyleNamesAreReducedToTheToolName() {
        Result r = run("/usr/sbin/pacemakerd", "-$");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().startsWith("Pacemaker 2.1.5\n"), r.out());
    }
}
