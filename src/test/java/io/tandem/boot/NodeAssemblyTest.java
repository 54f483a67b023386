package io.tandem.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.api.ApiContext;
import io.tandem.store.H2CibStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's assembly in one JVM: start order, what is published, and rollback when a start fails. */
class NodeAssemblyTest {

    @TempDir
    Path tmp;

    private ClusterSettings cluster(Path conf, boolean singleNode) {
        return new ClusterSettings(conf, singleNode, tmp.resolve("no-key"), tmp.resolve("sbin"),
                List.of(tmp.resolve("agents")), "http://127.0.0.1:1");
    }

    @Test
    void aMissingClusterFileFailsTheStartNamingItAndReleasesTheStore() {
        Path data = tmp.resolve("data");
        Path conf = tmp.resolve("cluster.conf");
        List<Optional<ApiContext>> published = new ArrayList<>();
        ComponentContainer node = Node.assemble(new NodeSettings("n1", data, Optional.empty(), false),
                cluster(conf, false), InstantSource.system(), published::add, code -> { }, Optional.empty());
        LifecycleException e = assertThrows(LifecycleException.class, node::start);
        assertTrue(e.getMessage().contains("cannot start 'cluster-config'") && e.getMessage().contains(conf.toString())
                && e.getMessage().contains("--single-node"), e.getMessage());
        assertEquals(ComponentState.STOPPED, node.state());
        assertTrue(published.isEmpty(), "nothing published: " + published);
        // rolled back: the store is closed again, so it opens
        try (H2CibStore store = H2CibStore.open(data, InstantSource.fixed(Instant.EPOCH))) {
            assertTrue(store.current().isPresent());
        }
    }

    @Test
    void aSingleNodeClusterStartsPublishesItsApiAndCleansUpOnStop() throws Exception {
        Path data = tmp.resolve("data");
        List<Optional<ApiContext>> published = new ArrayList<>();
        AtomicInteger exits = new AtomicInteger();
        ComponentContainer node = Node.assemble(new NodeSettings("solo", data, Optional.empty(), false),
                cluster(tmp.resolve("absent.conf"), true), InstantSource.system(), published::add,
                code -> exits.incrementAndGet(), Optional.empty());
        node.start();
        try {
            assertEquals(1, published.size());
            ApiContext api = published.get(0).orElseThrow();
            Path token = data.resolve("api.token");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));
            assertTrue(api.token().acceptsHeader("Bearer " + Files.readString(token).strip()));
            assertEquals("solo", api.node().membership().localNode());
            assertTrue(api.node().membership().quorate());
            String dump = node.dump();
            for (String c : List.of("cib-store", "cluster-config", "executor", "controller", "membership", "api")) {
                assertTrue(dump.contains(c + " [STARTED]"), dump);
            }
            assertTrue(dump.indexOf("controller [") < dump.indexOf("membership ["), "controller subscribes first");
        } finally {
            node.stop();
        }
        assertEquals(Optional.empty(), published.get(published.size() - 1));
        assertFalse(Files.exists(data.resolve("api.token")), "no stale token after stop");
        assertEquals(0, exits.get(), "a clean stop is not a fail-fast exit");
    }
}
