package io.tandem.boot;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * How this node is configured. Each setting NAME is looked up, first match wins: the servlet context
 * init parameter {@code tandem.NAME}, the system property {@code tandem.NAME} (what {@code serve --NAME}
 * sets), the environment variable {@code TANDEM_NAME}, the {@code --config} properties file (key NAME),
 * then the default. The default data directory is {@code ${jetty.base}/data} in a stock Jetty (one node
 * per base) and {@code ~/.local/share/tandem/NODE} otherwise.
 */
public record NodeSettings(String nodeName, Path dataDir, Optional<Path> configFile, boolean verbose) {

    public NodeSettings {
        if (nodeName.isBlank() || !nodeName.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("node name '" + nodeName
                    + "' must be letters, digits, '.', '_' or '-' (as a host name)");
        }
    }

    /**
     * @param lookup   the first three sources, by full key ("tandem.node"); null when unset
     * @param hostName       the default node name
     * @param defaultDataDir the data directory for a node name when none is configured
     */
    public static NodeSettings from(UnaryOperator<String> lookup, String hostName,
            java.util.function.Function<String, Path> defaultDataDir) {
        Optional<Path> config = Optional.ofNullable(lookup.apply("tandem.config")).map(Path::of);
        Properties file = new Properties();
        if (config.isPresent()) {
            try (Reader r = Files.newBufferedReader(config.get())) {
                file.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the config file " + config.get() + ": " + e, e);
            }
        }
        UnaryOperator<String> get = key -> {
            String v = lookup.apply("tandem." + key);
            return v != null ? v : file.getProperty(key);
        };
        String node = Optional.ofNullable(get.apply("node")).orElse(hostName);
        Path data = Optional.ofNullable(get.apply("data-dir")).map(Path::of)
                .orElseGet(() -> defaultDataDir.apply(node));
        boolean verbose = Boolean.parseBoolean(get.apply("verbose"));
        return new NodeSettings(node, data.toAbsolutePath(), config, verbose);
    }

    /** The lookup chain's first three sources, for a key like "tandem.data-dir". */
    public static UnaryOperator<String> environmentLookup(UnaryOperator<String> initParams) {
        return key -> {
            String v = initParams.apply(key);
            if (v == null) {
                v = System.getProperty(key);
            }
            if (v == null) {
                v = System.getenv(key.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT));
            }
            return v == null || v.isBlank() ? null : v;
        };
    }

    /** The default data directory of this process: see the class comment. */
    public static Path defaultDataDir(String node) {
        String jettyBase = System.getProperty("jetty.base");
        if (jettyBase != null && !jettyBase.isBlank()) {
            return Path.of(jettyBase, "data");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "tandem", node);
    }

    /** The kernel's host name without a DNS lookup (which can hang on a cluster node with broken DNS). */
    public static String hostName() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            int dot = h.indexOf('.');
            return dot > 0 ? h.substring(0, dot) : h;
        } catch (IOException | RuntimeException e) {
            return "node1";
        }
    }
}
