package io.tandem.crm;

import io.tandem.cli.CrmTool;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the crm tool in-process against a CIB file, capturing stdout, stderr and the exit code. */
record CrmRun(int rc, String out, String err) {

    static CrmRun run(Path cib, String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int rc;
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
                PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            rc = CrmTool.run(List.of(args), Map.of("CIB_file", cib.toString()),
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), po, pe);
        }
        return new CrmRun(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    String both() {
        return out + err;
    }
}
