package io.tandem.crm.shell;

import io.tandem.crm.configure.ConfigureLevel;
import java.util.List;

/** Adapts the configure level to the shell; warns about uncommitted changes when the user leaves. */
final class ConfigureShellLevel implements Level {
    private final ConfigureLevel level;
    private final Console console;

    ConfigureShellLevel(ConfigureLevel level, Console console) {
        this.level = level;
        this.console = console;
    }

    @Override
    public String name() {
        return "configure";
    }

    @Override
    public boolean run(List<String> tokens, boolean oneShot) {
        return level.run(tokens, oneShot);
    }

    @Override
    public void leave() {
        if (level.dirty()) {
            console.warning("There are changes pending; they were not committed");
        }
    }
}
