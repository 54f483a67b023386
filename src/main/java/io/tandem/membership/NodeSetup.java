package io.tandem.membership;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a node needs before it joins: the parsed configuration, who it is, its key and how traffic is
 * protected. {@link #load} does the reading; the checks themselves are pure and tested separately.
 */
public record NodeSetup(ParsedConfig parsed, LocalNode local, Optional<ClusterKey> key, ClusterSecurity security) {
    public ClusterConfig config() {
        return parsed.config();
    }

    /** Every warning worth logging at start-up: configuration and security. */
    public List<ConfigProblem> warnings() {
        return java.util.stream.Stream.concat(parsed.warnings().stream(), security.warnings().stream()).toList();
    }

    /**
     * Reads {@code confFile}, finds this node (by {@code nodeName}, else by this host's addresses) and loads the
     * key file if it exists. Any problem is a {@link ClusterConfigException}: the node must refuse to start.
     */
    public static NodeSetup load(Path confFile, Optional<String> nodeName, Path keyFile)
            throws IOException, ClusterConfigException {
        ParsedConfig parsed = ClusterConfigParser.parse(confFile);
        LocalNode local = LocalNodeResolver.resolve(parsed.config(), nodeName, hostName(),
                LocalAddress.ofThisHost());
        Optional<ClusterKey> key = Files.exists(keyFile) ? Optional.of(ClusterKey.load(keyFile)) : Optional.empty();
        ClusterSecurity security = ClusterSecurity.resolve(parsed.config(), key);
        if (key.isPresent() && exposed(keyFile)) {
            List<ConfigProblem> warnings = new java.util.ArrayList<>(security.warnings());
            warnings.add(ConfigProblem.warning("keyfile", 0, keyFile + " is readable by group or others; "
                    + "anyone who reads it can join the cluster (chmod 0400)"));
            security = new ClusterSecurity(security.mode(), warnings);
        }
        return new NodeSetup(parsed, local, key, security);
    }

    private static boolean exposed(Path keyFile) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))
                    .substring(3).matches(".*[rwx].*");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
