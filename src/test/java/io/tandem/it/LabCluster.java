package io.tandem.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Real Tandem nodes, each a {@code java -jar tandem.war serve} process on its own 127.0.0.x address with
 * its own data directory, sharing a nodelist cluster file (token 1000) and a key made by {@code keygen}.
 * Resources use the repository's deploy/bin wrappers and deploy/agents.
 */
final class LabCluster implements AutoCloseable {

    /** One node: its address, HTTP port, data directory and (while running) process. */
    static final class LabNode {
        final String name;
        final String address;
        final int httpPort;
        final Path dataDir;
        Process process;
        final StringBuffer log = new StringBuffer();

        LabNode(String name, String address, int httpPort, Path dataDir) {
            this.name = name;
            this.address = address;
            this.httpPort = httpPort;
            this.dataDir = dataDir;
        }

        String url() {
            return "http://" + address + ":" + httpPort;
        }

        Path runDir() {
            return dataDir.resolve("agents").resolve("run");
        }
    }

    private final Path dir;
    private final Path conf;
    private final Path key;
    private final Map<String, LabNode> nodes = new LinkedHashMap<>();
    private Path sbinDir = Path.of("deploy/bin").toAbsolutePath();

    LabCluster(Path dir, int size, int subnet) throws Exception {
        this.dir = dir;
        this.key = dir.resolve("authkey");
        Processes.Result kg = Processes.runWar(Map.of(), "keygen", "-k", key.toString());
        if (kg.exitCode() != 0) {
            throw new IllegalStateException("keygen failed: " + kg.err());
        }
        int totemPort = Processes.freePort();
        StringBuilder nodelist = new StringBuilder();
        for (int i = 1; i <= size; i++) {
            String addr = "127.0." + subnet + "." + i;
            LabNode n = new LabNode("node" + i, addr, Processes.freePort(), dir.resolve("node" + i));
            nodes.put(n.name, n);
            nodelist.append("  node {\n    ring0_addr: ").append(addr).append("\n    name: ").append(n.name)
                    .append("\n    nodeid: ").append(i).append("\n  }\n");
        }
        conf = dir.resolve("cluster.conf");
        Files.writeString(conf, "totem {\n  version: 2\n  cluster_name: it" + subnet + "\n  transport: udpu\n"
                + "  token: 1000\n  interface {\n    ringnumber: 0\n    mcastport: " + totemPort + "\n  }\n}\n"
                + "nodelist {\n" + nodelist + "}\nquorum {\n  provider: corosync_votequorum\n"
                + (size == 2 ? "  two_node: 1\n" : "") + "}\n");
    }

    /** Agents find their commands (HA_SBIN_DIR, first on PATH) here instead of deploy/bin. */
    void useSbinDir(Path dir) {
        this.sbinDir = dir.toAbsolutePath();
    }

    List<LabNode> nodes() {
        return List.copyOf(nodes.values());
    }

    LabNode node(String name) {
        return nodes.get(name);
    }

    void start(LabNode n) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Processes.java(), "-Djava.net.preferIPv4Stack=true", "-Xmx256m",
                "-jar", Processes.war().toString(), "serve", "--port", Integer.toString(n.httpPort), "--bind", n.address,
                "--data-dir", n.dataDir.toString(), "--node", n.name, "--cluster-conf", conf.toString(),
                "--key", key.toString(), "--sbin-dir", sbinDir.toString(),
                "--agents-dir", repo.resolve("deploy/agents").toString()).redirectErrorStream(true);
        pb.environment().put("TANDEM_CACHE", Processes.cache().toString());
        n.process = pb.start();
        n.process.getOutputStream().close();
        Processes.lines(n.process, n.log);
    }

    /** Waits until every running node sees all running nodes in its partition (crm_node -p through the API). */
    void awaitMembers(List<LabNode> members, Duration limit) {
        // Polled over HTTP in this JVM: a tool JVM per poll would slow the very start-up being waited for.
        await("partition " + members.stream().map(x -> x.name).toList(), limit, () -> {
            for (LabNode n : members) {
                Optional<String> info = api(n, "/api/v1/node");
                if (info.isEmpty() || !info.get().contains("quorate=1")
                        || info.get().replaceAll("(?s).*members=([^\n]*).*", "$1").split(",").length != members.size()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Runs a tool as an agent on the node would: TANDEM_DATA_DIR names the node, the rest is found. */
    Processes.Result tool(LabNode n, String... args) {
        try {
            return Processes.runWar(Map.of("TANDEM_DATA_DIR", n.dataDir.toString()), args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** kill -9 of the node's JVM and every agent process it started: a node crash. */
    void crash(LabNode n) throws Exception {
        // The JVM first, so that it cannot restart an agent killed a moment earlier.
        n.process.destroyForcibly();
        n.process.waitFor(10, TimeUnit.SECONDS);
        agentPids(n).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    /** A clean stop (SIGTERM): the node leaves and shuts down; its resources keep running (Pacemaker's too). */
    void stop(LabNode n) throws Exception {
        n.process.destroy();
        if (!n.process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(n.name + " did not stop within 30 s:\n" + n.log);
        }
    }

    /** PIDs of live agent daemons recorded in the node's HA_VARRUN (webserver-*.pid). */
    static List<Long> agentPids(LabNode n) {
        List<Long> out = new ArrayList<>();
        if (!Files.isDirectory(n.runDir())) {
            return out;
        }
        try (var files = Files.list(n.runDir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                try {
                    long pid = Long.parseLong(Files.readString(f).strip());
                    if (alive(pid)) {
                        out.add(pid);
                    }
                } catch (IOException | NumberFormatException e) {
                    // being written or removed: not running as far as we can tell
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Alive and not a zombie: a killed daemon whose parent (PID 1 here) has not reaped it yet is dead. */
    static boolean alive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** GET on the node's API with the token it wrote; empty while the node is not up. */
    static Optional<String> api(LabNode n, String path) {
        try {
            Path tokenFile = n.dataDir.resolve("api.token");
            if (!Files.exists(tokenFile)) {
                return Optional.empty();
            }
            HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(n.url() + path))
                    .header("Authorization", "Bearer " + Files.readString(tokenFile).strip())
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<String> httpGet(String url) {
        try {
            HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static void await(String what, Duration limit, BooleanSupplier cond) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (cond.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for " + what);
    }

    String logs() {
        StringBuilder sb = new StringBuilder();
        for (LabNode n : nodes.values()) {
            sb.append("==== ").append(n.name).append('\n').append(n.log);
        }
        return sb.toString();
    }

    @Override
    public void close() {
        for (LabNode n : nodes.values()) {
            agentPids(n).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            if (n.process != null && n.process.isAlive()) {
                n.process.destroyForcibly();
            }
        }
    }
}
