package io.tandem.store;

import io.tandem.cib.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * Where a node keeps its CIB: the current document plus one row per configuration change. The caller
 * decides the version (see {@link CibVersion#next}); the store refuses to go backwards and makes each
 * replace atomic.
 */
public interface CibStore {

    /** The stored CIB, or empty on a fresh node. */
    Optional<StoredCib> current();

    /**
     * Makes {@code cib} the current CIB in one transaction, and records a change row when its
     * configuration differs from the current one (or there was none).
     *
     * @throws io.tandem.cib.CibException when {@code cib}'s version is older than the stored one
     * @throws StoreException when the store cannot write
     */
    StoredCib replace(XmlElement cib, ChangeSource source);

    /** The newest {@code limit} configuration changes, newest first. */
    List<CibChange> changes(int limit);
}
