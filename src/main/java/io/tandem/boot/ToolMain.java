package io.tandem.boot;

import io.tandem.cli.Tool;
import io.tandem.cli.ToolContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one tool without Jetty: {@code java -jar tandem.war TOOL [args]}. The launcher calls
 * {@link #run}; the first argument is the tool's name (a path is reduced to its last part, for
 * argv[0]-style wrappers).
 */
public final class ToolMain {

    private ToolMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Logging.configureForTool(System.err);
        return run(Arrays.asList(args), ToolRegistry.standard(), System.out, System.err, System.in,
                System.getenv(), Path.of("").toAbsolutePath());
    }

    static int run(List<String> args, ToolRegistry registry, PrintStream out, PrintStream err,
            java.io.InputStream in, Map<String, String> env, Path cwd) {
        if (args.isEmpty()) {
            err.println("tandem: name a tool; `help` lists them");
            return 2;
        }
        String name = Path.of(args.get(0)).getFileName().toString();
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            help(registry, out);
            return 0;
        }
        Optional<Tool> tool = registry.tool(name);
        if (tool.isEmpty()) {
            err.println("tandem: unknown tool '" + name + "'; `java -jar tandem.war help` lists the tools");
            return 2;
        }
        ToolContext ctx = new ToolContext(name, out, err, in, env, cwd);
        try {
            return tool.get().run(List.copyOf(args.subList(1, args.size())), ctx);
        } catch (RuntimeException e) {
            err.println(name + ": internal error: " + e);
            return 1;
        } finally {
            out.flush();
        }
    }

    private static void help(ToolRegistry registry, PrintStream out) {
        out.println("Usage: java -jar tandem.war TOOL [args]    (or deploy/bin/TOOL [args])");
        out.println("       java -jar tandem.war serve [--port N] [--bind ADDR] [--data-dir DIR] [--node NAME]"
                + " [--config FILE] [--verbose]");
        out.println();
        out.println("Tools (set CIB_file=PATH to work on a CIB file instead of the running node):");
        for (ToolEntry e : registry.entries()) {
            out.printf("  %-14s %s%n", e.name(), e.summary());
        }
    }
}
