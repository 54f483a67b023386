package io.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmVerifyTest {

    @TempDir
    Path dir;

    private static final String VALID = "<cib><configuration><crm_config/><nodes/><resources/><constraints/>"
            + "</configuration><status/></cib>";

    private ToolRun run(CibCheck check, Map<String, String> env, String... args) {
        return ToolRun.run(new CrmVerify(check), "crm_verify", env, dir, "", args);
    }

    @Test
    void aValidFilePasses() throws Exception {
        Files.writeString(dir.resolve("ok.xml"), VALID);
        assertEquals(0, run(new ValidatorCheck(), Map.of(), "-x", "ok.xml").exitCode());
        ToolRun live = run(new ValidatorCheck(), Map.of("CIB_file", "ok.xml"), "-L", "-V");
        assertEquals(0, live.exitCode(), live.err());
        assertTrue(live.err().contains("Configuration is valid"));
    }

    @Test
    void errorsNameTheElementAndFail() throws Exception {
        Files.writeString(dir.resolve("bad.xml"), VALID.replace("<constraints/>",
                "<constraints><rsc_order id=\"o1\" first=\"ghost\" then=\"ghost2\"/></constraints>"));
        ToolRun r = run(new ValidatorCheck(), Map.of(), "-x", "bad.xml");
        assertEquals(ExitCode.CONFIG, r.exitCode());
        assertTrue(r.err().contains("error: o1: ") && r.err().contains("ghost"), r.err());
        assertTrue(r.err().contains("Errors found during check: config not valid"), r.err());
    }

    @Test
    void warningsAloneDoNotFail() throws Exception {
        Files.writeString(dir.resolve("ok.xml"), VALID);
        CibCheck warns = cib -> List.of(io.tandem.cib.CibProblem.warning("rsc1", "no monitor operation"));
        ToolRun r = run(warns, Map.of(), "-x", "ok.xml");
        assertEquals(0, r.exitCode());
        assertTrue(r.err().contains("warning: rsc1: no monitor operation"), r.err());
    }

    @Test
    void unreadableInputIsADataError() throws Exception {
        Files.writeString(dir.resolve("junk.xml"), "not xml");
        ToolRun r = run(new ValidatorCheck(), Map.of(), "-x", "junk.xml");
        assertEquals(ExitCode.DATAERR, r.exitCode());
        assertTrue(r.err().contains("junk.xml"), r.err());
        assertEquals(ExitCode.NOT_CONNECTED, run(new ValidatorCheck(), Map.of(), "-L").exitCode());
        assertEquals(ExitCode.USAGE, run(new ValidatorCheck(), Map.of()).exitCode());
    }
}
