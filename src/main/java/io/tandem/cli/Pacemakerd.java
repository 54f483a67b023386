package io.tandem.cli;

import java.util.List;

/**
 * {@code pacemakerd}: resource agents call {@code pacemakerd -$} to learn the Pacemaker version they run
 * under; Tandem implements Pacemaker 2.1.5's semantics, so it answers that.
 */
public final class Pacemakerd implements Tool {

    public static final String PACEMAKER_VERSION = "2.1.5";

    @Override
    public int run(List<String> args, ToolContext ctx) {
        if (args.size() == 1 && (args.get(0).equals("-$") || args.get(0).equals("--version"))) {
            ctx.out().println("Pacemaker " + PACEMAKER_VERSION);
            ctx.out().println("Written by Andrew Beekhof and the Pacemaker project contributors");
            return ExitCode.OK;
        }
        if (args.isEmpty()) {
            return ctx.fail(ExitCode.UNIMPLEMENT_FEATURE,
                    "the node runs inside Tandem's server; start it with `java -jar tandem.war serve`");
        }
        return ctx.fail(ExitCode.USAGE, "only -$/--version is supported, got '" + String.join(" ", args) + "'");
    }
}
