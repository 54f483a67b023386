package io.tandem.crm.shell;

import io.tandem.crm.configure.ConfigureLevel;
import io.tandem.crm.configure.Editor;
import io.tandem.crm.resource.NodeLevel;
import io.tandem.crm.resource.ResourceLevel;
import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.CibTargetException;
import io.tandem.crm.target.FileCibTarget;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the shell for one invocation from the environment ({@code CIB_file}, {@code EDITOR}). */
public final class CrmSession {

    private CrmSession() {
    }

    public static int run(List<String> args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
            CrmContext context, boolean interactive) {
        Console console = new Console(err);
        String file = env.get("CIB_file");
        CibTarget target;
        if (file != null && !file.isEmpty()) {
            target = new FileCibTarget(Path.of(file));
        } else if (context.live().isPresent()) {
            target = context.live().get().get();
        } else {
            console.error("no cluster connection: run crm on a cluster node, or set CIB_file=PATH to work on a file");
            return 1;
        }
        Editor editor = new ExternalEditor(env.getOrDefault("EDITOR", env.get("VISUAL")));
        CibTarget t = target;
        Map<String, Supplier<Level>> levels = Map.of(
                "configure", () -> new ConfigureShellLevel(new ConfigureLevel(t, context.agents(), console, out, editor,
                        rsc -> context.admin().map(a -> a.runningOn(rsc)).orElse(List.of())), console),
                "resource", () -> adapt("resource", (tokens, oneShot) -> new ResourceLevel(t, context.admin(),
                        context.placement(), console, out, context.clock()).run(tokens)),
                "node", () -> adapt("node", (tokens, oneShot) -> new NodeLevel(t, context.admin(), console, out)
                        .run(tokens)),
                "status", () -> new StatusLevel(t, context.status(), console, out));
        // crmsh's prompt names the target: crm(live/node1)configure# on a node, the file otherwise
        String name = t.live() ? "live/" + t.name() : t.name();
        try {
            return new CrmShell(levels, console, out, name, interactive).run(args, in);
        } catch (CibTargetException e) {
            console.error(e.getMessage());
            return 1;
        }
    }

    private interface Runner {
        boolean run(List<String> tokens, boolean oneShot);
    }

    private static Level adapt(String name, Runner r) {
        return new Level() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean run(List<String> tokens, boolean oneShot) {
                return r.run(tokens, oneShot);
            }
        };
    }

}
