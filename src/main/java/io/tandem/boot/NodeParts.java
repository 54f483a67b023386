package io.tandem.boot;

import io.tandem.api.ApiContext;
import io.tandem.api.ApiToken;
import io.tandem.attrd.Attrd;
import io.tandem.controller.Controller;
import io.tandem.controller.LocalResources;
import io.tandem.executor.AgentInvoker;
import io.tandem.executor.AgentLocator;
import io.tandem.executor.LocalExecutor;
import io.tandem.executor.PacemakerOpDigester;
import io.tandem.executor.NodeEnvironment;
import io.tandem.executor.exec.CommonsExecAgentRunner;
import io.tandem.membership.ClusterConfigException;
import io.tandem.membership.ClusterConfigParser;
import io.tandem.membership.ClusterKey;
import io.tandem.membership.ClusterSecurity;
import io.tandem.membership.ConfigProblem;
import io.tandem.membership.FailFast;
import io.tandem.membership.LocalAddress;
import io.tandem.membership.LocalNode;
import io.tandem.membership.LocalNodeResolver;
import io.tandem.membership.NodeSetup;
import io.tandem.membership.ParsedConfig;
import io.tandem.membership.jgroups.JGroupsMembership;
import io.tandem.store.CibStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The running pieces of one node, created step by step as {@link Node}'s components start (each step
 * needs the previous ones) and released in reverse. Driven by the boot thread only.
 */
final class NodeParts {

    private static final Logger LOG = Logger.getLogger(NodeParts.class.getName());

    private final NodeSettings settings;
    private final ClusterSettings cluster;
    private final InstantSource clock;
    private final IntConsumer exit;
    private final Optional<Path> warFile;

    private NodeSetup setup;
    private JGroupsMembership membership;
    private FailFast failFast;
    private CommonsExecAgentRunner runner;
    private LocalExecutor executor;
    private Controller controller;
    private Attrd attrd;
    private ScheduledExecutorService attrdThread;

    NodeParts(NodeSettings settings, ClusterSettings cluster, InstantSource clock, IntConsumer exit,
            Optional<Path> warFile) {
        this.settings = settings;
        this.cluster = cluster;
        this.clock = clock;
        this.exit = exit;
        this.warFile = warFile;
    }

    // ---- cluster configuration and key ----

    void loadCluster() throws IOException, ClusterConfigException {
        Path conf = cluster.clusterConf();
        if (Files.exists(conf)) {
            setup = NodeSetup.load(conf, Optional.of(settings.nodeName()), cluster.keyFile());
        } else if (cluster.singleNode()) {
            setup = singleNode();
            LOG.warning("event=single-node cluster_conf=" + conf + " reason=\"no cluster file; running as a one-node"
                    + " loopback cluster because single-node was asked for\"");
        } else {
            throw new IllegalStateException("no cluster configuration at " + conf + ": write one (corosync.conf"
                    + " syntax, with a nodelist) and point --cluster-conf at it, or start with --single-node for a"
                    + " one-node cluster on 127.0.0.1");
        }
        for (ConfigProblem w : setup.warnings()) {
            LOG.warning("event=cluster-config-warning " + w);
        }
        membership = new JGroupsMembership(setup, clock);
        failFast = new FailFast(membership, exit);
        membership.onListenerFailure(failFast.handlerFor("membership-listener"));
        LOG.info("event=cluster-config node=" + setup.local().member() + " cluster=" + setup.config().totem()
                .clusterName() + " nodes=" + setup.config().nodes().size() + " key="
                + setup.key().map(ClusterKey::fingerprint).orElse("none"));
    }

    private NodeSetup singleNode() throws IOException, ClusterConfigException {
        String text = "totem {\n version: 2\n cluster_name: tandem\n transport: udpu\n token: 1000\n}\n"
                + "nodelist {\n node {\n  ring0_addr: 127.0.0.1\n  name: " + settings.nodeName() + "\n  nodeid: 1\n }\n}\n"
                + "quorum {\n provider: corosync_votequorum\n}\n";
        ParsedConfig parsed = ClusterConfigParser.parse(text);
        LocalNode local = LocalNodeResolver.resolve(parsed.config(), Optional.of(settings.nodeName()),
                settings.nodeName(), LocalAddress.ofThisHost());
        Optional<ClusterKey> key = Files.exists(cluster.keyFile()) ? Optional.of(ClusterKey.load(cluster.keyFile()))
                : Optional.empty();
        return new NodeSetup(parsed, local, key, ClusterSecurity.resolve(parsed.config(), key));
    }

    String describeCluster() {
        return setup == null ? "cluster configuration " + cluster.clusterConf()
                : "cluster " + setup.config().totem().clusterName() + " as " + setup.local().member() + " on "
                        + setup.local().bindAddress().getHostAddress() + ":" + setup.local().port();
    }

    // ---- executor ----

    void startExecutor() throws IOException {
        Path state = settings.dataDir().resolve("agents");
        NodeEnvironment std = NodeEnvironment.standard(settings.nodeName(), state, cluster.sbinDir(), java.util.List.of());
        Map<String, String> env = new TreeMap<>(std.baseEnv());
        // Tools that agents run (attrd_updater, crm_node...) must reach THIS node, not a default one.
        env.put("TANDEM_DATA_DIR", settings.dataDir().toString());
        env.put("TANDEM_API", cluster.apiUrl());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        warFile.ifPresent(w -> env.put("TANDEM_WAR", w.toString()));
        NodeEnvironment node = new NodeEnvironment(settings.nodeName(), std.ocfRoot(), cluster.agentDirs(),
                cluster.sbinDir(), std.rscTmp(), std.varRun(), std.logFile(), std.basePath(), std.featureSet(), env);
        Files.createDirectories(node.rscTmp());
        Files.createDirectories(node.varRun());
        if (!Files.isDirectory(cluster.sbinDir())) {
            LOG.warning("event=no-sbin-dir sbin_dir=" + cluster.sbinDir()
                    + " risk=\"agents that call attrd_updater or crm_node will fail; set --sbin-dir\"");
        }
        runner = CommonsExecAgentRunner.withDefaults(settings.dataDir().resolve("exec"));
        executor = new LocalExecutor(new AgentInvoker(node, AgentLocator.forNode(node), runner),
                new PacemakerOpDigester(), clock, 8);
    }

    void stopExecutor() {
        if (executor != null) {
            executor.close();
            executor = null;
        }
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }

    // ---- controller and attrd: subscribed before membership starts, so they see the first view ----

    void startController(Supplier<CibStore> store) {
        controller = new Controller(membership, new H2Persistence(store, failFast::componentDied), clock)
                .onFatal(failFast.handlerFor("controller"));
        attrdThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tandem-attrd");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(failFast.handlerFor("attrd"));
            return t;
        });
        attrd = new Attrd(membership, controller::writeAttributes, clock, attrdThread);
        controller.start(new LocalResources(settings.nodeName(), executor, controller::sendToDc), attrd);
        attrd.start();
    }

    void stopController() throws Exception {
        if (attrd != null) {
            attrd.close();
            attrd = null;
        }
        if (controller != null) {
            controller.close();
            controller = null;
        }
        if (attrdThread != null) {
            attrdThread.shutdownNow();
            attrdThread = null;
        }
    }

    // ---- membership: last to start, first to stop (peers then see a clean leave) ----

    void startMembership() {
        membership.start();
    }

    void stopMembership() {
        if (membership != null) {
            membership.stop();
        }
    }

    // ---- API ----

    ApiContext startApi() throws IOException {
        ApiToken token = ApiToken.generate(new SecureRandom());
        token.writeTo(settings.dataDir());
        Files.writeString(settings.dataDir().resolve("api.url"), cluster.apiUrl() + "\n");
        return new ApiContext(new ControllerOperations(controller, attrd, membership), token, clock);
    }

    void stopApi() throws IOException {
        // Tools then say "no node running" instead of trying a stale token.
        Files.deleteIfExists(settings.dataDir().resolve(ApiToken.FILE_NAME));
        Files.deleteIfExists(settings.dataDir().resolve("api.url"));
    }
}
