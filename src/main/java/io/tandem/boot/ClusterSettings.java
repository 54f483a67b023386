package io.tandem.boot;

import io.tandem.membership.ClusterKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings that join a node to its cluster and run its agents, read through the same chain as
 * {@link NodeSettings} (keys {@code cluster-conf}, {@code single-node}, {@code key}, {@code sbin-dir},
 * {@code agents-dir}, {@code api-url}).
 *
 * @param clusterConf the corosync.conf-syntax cluster file (default /etc/tandem/cluster.conf)
 * @param singleNode  when the cluster file is missing, run as a one-node loopback cluster instead of failing;
 *                    only when asked for explicitly
 * @param keyFile     the cluster key (default /etc/tandem/authkey); without it traffic is unprotected
 * @param sbinDir     Tandem's tool wrappers: HA_SBIN_DIR and first on PATH for agents
 * @param agentDirs   provider directories, searched in order
 * @param apiUrl      this node's API base URL, given to agents (TANDEM_API) so their tools reach this node
 */
public record ClusterSettings(Path clusterConf, boolean singleNode, Path keyFile, Path sbinDir, List<Path> agentDirs,
        String apiUrl) {

    public static final Path DEFAULT_CLUSTER_CONF = Path.of("/etc/tandem/cluster.conf");
    static final Path OCF_AGENTS = Path.of("/usr/lib/ocf/resource.d");

    public ClusterSettings {
        agentDirs = List.copyOf(agentDirs);
    }

    /**
     * @param get      the lookup chain by short key ({@link NodeSettings#chain})
     * @param warFile  the WAR being served, if known: its {@code ../deploy} holds the wrappers and agents in a checkout
     */
    public static ClusterSettings from(UnaryOperator<String> get, Optional<Path> warFile) {
        Path conf = Optional.ofNullable(get.apply("cluster-conf")).map(Path::of).orElse(DEFAULT_CLUSTER_CONF);
        boolean single = Boolean.parseBoolean(get.apply("single-node"));
        Path key = Optional.ofNullable(get.apply("key")).map(Path::of).orElse(ClusterKey.DEFAULT_PATH);
        Path sbin = Optional.ofNullable(get.apply("sbin-dir")).map(Path::of)
                .orElseGet(() -> shipped(warFile, "bin"));
        List<Path> agents = new ArrayList<>();
        agents.add(OCF_AGENTS);
        agents.add(Optional.ofNullable(get.apply("agents-dir")).map(Path::of).orElseGet(() -> shipped(warFile, "agents")));
        String bind = Optional.ofNullable(get.apply("bind")).orElse("127.0.0.1");
        String host = bind.contains(":") ? "[" + bind + "]" : bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
        String api = Optional.ofNullable(get.apply("api-url"))
                .orElse("http://" + host + ":" + Optional.ofNullable(get.apply("port")).orElse("8080"));
        return new ClusterSettings(conf.toAbsolutePath(), single, key.toAbsolutePath(), sbin.toAbsolutePath(),
                agents.stream().map(Path::toAbsolutePath).toList(), api.replaceAll("/+$", ""));
    }

    /** deploy/NAME beside a checkout's target/tandem.war, else the installed /usr/share/tandem/NAME. */
    private static Path shipped(Optional<Path> warFile, String name) {
        if (warFile.isPresent() && warFile.get().getParent() != null && warFile.get().getParent().getParent() != null) {
            Path candidate = warFile.get().toAbsolutePath().getParent().getParent().resolve("deploy").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("/usr/share/tandem", name);
    }
}
