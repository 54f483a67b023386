package io.tandem.boot;

import io.tandem.cli.Bench;
import io.tandem.cli.Tool;
import io.tandem.cli.ToolContext;
import io.tandem.executor.ExecutorBench;
import io.tandem.membership.MembershipBench;
import io.tandem.membership.jgroups.DrivenNode;
import java.util.List;

/**
 * {@code bench WHAT}: routes to each part's benchmark (scheduler, membership, executor). It lives in
 * boot because it reaches into several packages that the tools' package may not import.
 */
final class BenchTool implements Tool {

    @Override
    public int run(List<String> args, ToolContext ctx) {
        String what = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            return switch (what) {
                case "scheduler" -> new Bench().run(args, ctx);
                case "membership" -> MembershipBench.run(rest, ctx.out(), ctx.err());
                case "membership-node" -> DrivenNode.run(rest, ctx.out(), ctx.err());
                case "executor" -> {
                    ExecutorBench.main(rest.toArray(String[]::new));
                    yield 0;
                }
                default -> ctx.fail(64, "usage: bench scheduler|membership|executor [options]");
            };
        } catch (Exception e) {
            return ctx.fail(1, "bench " + what + " failed: " + e);
        }
    }
}
