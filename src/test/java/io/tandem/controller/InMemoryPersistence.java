package io.tandem.controller;

import io.tandem.cib.Cib;
import java.util.Optional;

/** A node's store for tests: keeps the last saved CIB in memory. */
final class InMemoryPersistence implements CibPersistence {
    private volatile Cib saved;

    InMemoryPersistence(Cib initial) {
        this.saved = initial;
    }

    @Override
    public Optional<Cib> load() {
        return Optional.ofNullable(saved);
    }

    @Override
    public void save(Cib cib, String user, String origin) {
        saved = cib;
    }
}
