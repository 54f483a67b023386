package io.tandem.membership.jgroups;

import io.tandem.membership.KeyGen;
import io.tandem.membership.NodeProcess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A cluster of child JVMs on 127.0.X.1..n: writes corosync.conf (nodelist, token 1000 by default) and a key, starts and
 * stops nodes. X and the port are random so that parallel builds on the same machine do not collide.
 */
final class TestCluster implements AutoCloseable {
    final Path dir;
    final Path conf;
    final Path key;
    final int nodes;
    /** Node logs outlive the temporary directory, so a failed run can be read afterwards. */
    private final Path logs;
    private final Map<String, NodeProcess> running = new LinkedHashMap<>();
    private final List<NodeProcess> all = new ArrayList<>();

    TestCluster(Path dir, int nodes, String quorumSection) throws IOException {
        this(dir, nodes, quorumSection, 1000);
    }

    TestCluster(Path dir, int nodes, String quorumSection, int tokenMillis) throws IOException {
        this.dir = dir;
        this.nodes = nodes;
        this.logs = Files.createDirectories(Path.of("target", "membership-logs"));
        int net = ThreadLocalRandom.current().nextInt(100, 250);
        int port = ThreadLocalRandom.current().nextInt(20_000, 40_000);
        StringBuilder c = new StringBuilder("""
                totem {
                    version: 2
                    cluster_name: it%d
                    transport: udpu
                    token: %d
                    interface {
                        ringnumber: 0
                        mcastport: %d
                    }
                }
                nodelist {
                """.formatted(net, tokenMillis, port));
        for (int i = 1; i <= nodes; i++) {
            c.append("    node {\n        ring0_addr: 127.0.%d.%d\n        name: n%d\n        nodeid: %d\n    }\n"
                    .formatted(net, i, i, i));
        }
        c.append("}\n").append(quorumSection).append('\n');
        this.conf = Files.writeString(dir.resolve("cluster.conf"), c.toString());
        this.key = dir.resolve("authkey");
        keygen(key);
    }

    static void keygen(Path file) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int rc = KeyGen.run(List.of("-k", file.toString()), new PrintStream(sink), new PrintStream(sink));
        if (rc != 0) {
            throw new IllegalStateException("keygen failed: " + sink);
        }
    }

    NodeProcess start(String name) throws IOException {
        return start(name, key);
    }

    NodeProcess start(String name, Path keyFile) throws IOException {
        NodeProcess p = NodeProcess.start(NodeProcess.javaLauncher(MemberMain.class.getName()), conf, name, keyFile, logs);
        running.put(name, p);
        all.add(p);
        return p;
    }

    NodeProcess node(String name) {
        return running.get(name);
    }

    @Override
    public void close() {
        all.forEach(NodeProcess::close);
    }
}
