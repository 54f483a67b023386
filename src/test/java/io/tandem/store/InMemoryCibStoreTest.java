package io.tandem.store;

import java.time.InstantSource;

class InMemoryCibStoreTest extends CibStoreContract {
    @Override
    CibStore store(InstantSource clock) {
        return new InMemoryCibStore(clock);
    }
}
