package io.tandem.store;

import io.tandem.cib.Cib;
import java.util.List;
import java.util.Optional;

/**
 * Where a node keeps its CIB: the current document plus one row per configuration change. The caller
 * decides the version (see {@link Cib#bumpedFor}); the store refuses to go backwards and makes each
 * replace atomic.
 */
public interface CibStore {

    /** The stored CIB, or empty on a fresh node. */
    Optional<Cib> current();

    /**
     * Makes {@code cib} the current CIB in one transaction, and records a change row when its
     * admin_epoch or epoch differs from the current one's (a configuration change), or on the first write.
     *
     * @throws io.tandem.cib.CibException when {@code cib}'s version is older than the stored one
     * @throws StoreException when the store cannot write
     */
    Cib replace(Cib cib, ChangeSource source);

    /** The newest {@code limit} configuration changes, newest first. */
    List<CibChange> changes(int limit);

    /** Whether going from {@code before} to {@code after} is a configuration change (Pacemaker bumps epoch for those). */
    static boolean isConfigurationChange(Optional<Cib> before, Cib after) {
        return before.isEmpty() || before.get().version().adminEpoch() != after.version().adminEpoch()
                || before.get().version().epoch() != after.version().epoch();
    }
}
