package io.tandem.crm.shell;

import java.util.List;

/** A command level of the shell (configure, resource, node, status). */
interface Level {
    String name();

    /** Runs one command of this level; false when it failed (its errors are printed). */
    boolean run(List<String> tokens, boolean oneShot);

    /** Called when the user leaves the level; a level with pending changes may say so. */
    default void leave() {
    }
}
