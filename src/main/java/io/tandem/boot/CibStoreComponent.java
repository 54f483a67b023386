package io.tandem.boot;

import io.tandem.cib.Cib;
import io.tandem.store.ChangeSource;
import io.tandem.store.CibStore;
import io.tandem.store.H2CibStore;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.logging.Logger;

/** Opens the node's H2 CIB store on start (seeding an empty CIB on a fresh node) and closes it on stop. */
final class CibStoreComponent implements Component {

    private static final Logger LOG = Logger.getLogger(CibStoreComponent.class.getName());

    private final Path dataDir;
    private final String nodeName;
    private final InstantSource clock;
    private H2CibStore store;

    CibStoreComponent(Path dataDir, String nodeName, InstantSource clock) {
        this.dataDir = dataDir;
        this.nodeName = nodeName;
        this.clock = clock;
    }

    @Override
    public void start() {
        store = H2CibStore.open(dataDir, clock);
        if (store.current().isEmpty()) {
            store.replace(Cib.empty(), new ChangeSource("tandem", nodeName));
            LOG.info("created an empty CIB | data_dir=" + dataDir);
        }
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    CibStore store() {
        if (store == null) {
            throw new IllegalStateException("the CIB store is not started");
        }
        return store;
    }

    @Override
    public String describe() {
        return store == null ? "H2 CIB store " + dataDir
                : "H2 CIB store " + dataDir + " version=" + store.current().map(c -> c.version().toString()).orElse("none");
    }
}
