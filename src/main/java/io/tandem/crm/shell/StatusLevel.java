package io.tandem.crm.shell;

import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.StatusView;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code crm status}: the crm_mon view, when one is plugged in. */
final class StatusLevel implements Level {
    private final CibTarget target;
    private final Optional<StatusView> view;
    private final Console console;
    private final PrintStream out;

    StatusLevel(CibTarget target, Optional<StatusView> view, Console console, PrintStream out) {
        this.target = target;
        this.view = view;
        this.console = console;
        this.out = out;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public boolean run(List<String> tokens, boolean oneShot) {
        if (view.isEmpty()) {
            console.error("status: no status view is available in this build");
            return false;
        }
        out.print(view.get().render(target.fetch(), tokens.subList(1, tokens.size())));
        return true;
    }
}
