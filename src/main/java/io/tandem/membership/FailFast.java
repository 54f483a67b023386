package io.tandem.membership;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * PCMK_fail_fast: when an internal component dies, the node leaves the cluster at once (the peers see it go)
 * and the process exits non-zero so that systemd's Restart=on-failure restarts it, instead of limping on.
 * The exit action is injected so that tests can observe it.
 */
public final class FailFast {
    /** The exit status, chosen to differ from a JVM crash (1) and from a signal (128+n). */
    public static final int EXIT_CODE = 70;
    private static final System.Logger LOG = System.getLogger(FailFast.class.getName());

    private final Membership membership;
    private final IntConsumer exit;
    private final AtomicBoolean fired = new AtomicBoolean();

    public FailFast(Membership membership, IntConsumer exit) {
        this.membership = membership;
        this.exit = exit;
    }

    /** A component died: leave, then exit. Runs once, however many components die. */
    public void componentDied(String component, Throwable cause) {
        if (!fired.compareAndSet(false, true)) {
            return;
        }
        LOG.log(Level.ERROR, "event=fail_fast component=" + component + " cause=\"" + cause + "\" action=leave_and_exit code="
                + EXIT_CODE, cause);
        try {
            membership.stop();
        } catch (RuntimeException e) {
            // Leaving is best effort: exiting still removes the node, the peers then detect a crash.
            LOG.log(Level.WARNING, "event=fail_fast_leave_failed cause=\"" + e + "\"");
        }
        exit.accept(EXIT_CODE);
    }

    public boolean fired() {
        return fired.get();
    }

    /** For a component's threads: an uncaught exception counts as the component's death. */
    public Thread.UncaughtExceptionHandler handlerFor(String component) {
        return (thread, e) -> componentDied(component + "/" + thread.getName(), e);
    }
}
