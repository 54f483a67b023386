package io.tandem.controller;

import io.tandem.cib.Cib;
import java.util.Optional;

/** Where a node keeps its copy of the CIB across restarts (H2 in production, memory in tests). */
public interface CibPersistence {

    Optional<Cib> load();

    /** Durable when it returns: the controller acknowledges nothing before. */
    void save(Cib cib, String user, String origin);
}
