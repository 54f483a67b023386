package io.tandem.boot;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.controller.CibPersistence;
import io.tandem.store.ChangeSource;
import io.tandem.store.CibStore;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The controller's persistence over the node's H2 store. A write that fails (I/O) leaves the controller's
 * copy ahead of the disk, and the node would acknowledge what it cannot keep: so the failure is fatal (the
 * node leaves and exits) rather than logged and survived.
 */
final class H2Persistence implements CibPersistence {

    private static final Logger LOG = Logger.getLogger(H2Persistence.class.getName());

    private final Supplier<CibStore> store;
    private final BiConsumer<String, Throwable> fatal;

    H2Persistence(Supplier<CibStore> store, BiConsumer<String, Throwable> fatal) {
        this.store = store;
        this.fatal = fatal;
    }

    @Override
    public Optional<Cib> load() {
        return store.get().current();
    }

    @Override
    public void save(Cib cib, String user, String origin) {
        try {
            store.get().replace(cib, new ChangeSource(blankTo(user, "tandem"), blankTo(origin, "unknown")));
        } catch (CibException e) {
            // The store keeps a newer copy than the cluster agreed on (a member that rejoined): the cluster's
            // copy is the truth in memory, and the next newer write replaces the stale one on disk.
            LOG.warning("event=cib-not-persisted version=" + cib.version() + " reason=\"" + e.getMessage() + "\"");
        } catch (RuntimeException e) {
            fatal.accept("cib-store", e);
            throw e;
        }
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
