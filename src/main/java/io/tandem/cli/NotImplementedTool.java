package io.tandem.cli;

import java.util.List;

/** A tool whose name is reserved but whose implementation comes in a later issue. */
public final class NotImplementedTool implements Tool {

    @Override
    public int run(List<String> args, ToolContext ctx) {
        return ctx.fail(ExitCode.UNIMPLEMENT_FEATURE, "not implemented yet");
    }
}
