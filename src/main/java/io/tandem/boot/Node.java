package io.tandem.boot;

import io.tandem.api.ApiContext;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * The composition root: builds a node's components in start order. The store comes first; the
 * controller and attrd subscribe to membership before it starts, so they see every view; membership is
 * stopped first, so peers see a clean leave before anything else goes away. The API is published last
 * and withdrawn first.
 */
public final class Node {

    private static final Logger LOG = Logger.getLogger(Node.class.getName());

    private Node() {
    }

    /**
     * @param publish receives the API's context once the node runs, and empty when it stops
     * @param exit    how fail-fast ends the process (System.exit in production)
     * @param warFile the WAR being served, when known (finds deploy/bin and deploy/agents beside it)
     */
    public static ComponentContainer assemble(NodeSettings settings, ClusterSettings cluster, InstantSource clock,
            Consumer<Optional<ApiContext>> publish, IntConsumer exit, Optional<Path> warFile) {
        NodeParts parts = new NodeParts(settings, cluster, clock, exit, warFile);
        CibStoreComponent store = new CibStoreComponent(settings.dataDir(), settings.nodeName(), clock);
        ComponentContainer node = new ComponentContainer("node " + settings.nodeName());
        node.add("cib-store", store);
        node.add("cluster-config", Component.of("cluster configuration " + cluster.clusterConf(), parts::loadCluster,
                () -> { }));
        node.add("executor", Component.of("executor (agents from " + cluster.agentDirs() + ", tools in "
                + cluster.sbinDir() + ")", parts::startExecutor, noLeakedInterrupt("executor", parts::stopExecutor)));
        node.add("controller", Component.of("controller and attrd", () -> parts.startController(store::store),
                noLeakedInterrupt("controller", parts::stopController)));
        node.add("membership", Component.of("membership", parts::startMembership,
                noLeakedInterrupt("membership", parts::stopMembership)));
        node.add("api", Component.of("HTTP API at " + cluster.apiUrl(),
                () -> publish.accept(Optional.of(parts.startApi())),
                () -> {
                    publish.accept(Optional.empty());
                    parts.stopApi();
                }));
        return node;
    }

    /**
     * Thread pools and JGroups may leave the stopping thread's interrupt flag set; H2 would then fail to
     * write its last page when the store closes (FileChannel closes on interrupt). Shutting down, the flag
     * means nothing, so it is cleared after each such step.
     */
    private static Component.Action noLeakedInterrupt(String what, Component.Action stop) {
        return () -> {
            try {
                stop.run();
            } finally {
                if (Thread.interrupted()) {
                    LOG.fine(() -> "event=interrupt-cleared component=" + what);
                }
            }
        };
    }
}
