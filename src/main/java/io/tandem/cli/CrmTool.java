package io.tandem.cli;

import io.tandem.crm.shell.CrmContext;
import io.tandem.crm.shell.CrmSession;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code crm}: the crmsh 4.4 compatible shell. With {@code CIB_file=PATH} it edits that file; on a node
 * the wiring passes a {@link CrmContext} with the live target.
 */
public final class CrmTool {

    private CrmTool() {
    }

    /** Prompts only for a terminal; JDK 22+ also gives a Console to redirected streams, so ask it (by reflection: release 21). */
    private static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    public static int run(List<String> args, Map<String, String> env, InputStream in, PrintStream out,
            PrintStream err) {
        // the front end is the crm process's composition root: the one place it reads the real clock
        return run(args, env, in, out, err, CrmContext.offline(java.time.InstantSource.system()));
    }

    public static int run(List<String> args, Map<String, String> env, InputStream in, PrintStream out,
            PrintStream err, CrmContext context) {
        boolean interactive = in == System.in && isTerminal();
        int rc = CrmSession.run(args, env, in, out, err, context, interactive);
        out.flush();
        err.flush();
        return rc;
    }
}
