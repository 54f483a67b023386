package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tandem's bundled agents (deploy/agents/tandem) run through the executor, without root, on loopback. */
class TandemAgentsTest {

    private static final Duration T20 = Duration.ofSeconds(20);
    private static final AgentId WEB = AgentId.ocf("tandem", "webserver");
    private static final AgentId FLOAT = AgentId.ocf("tandem", "floatip");
    private static final AgentId PINGD = AgentId.ocf("tandem", "pingd");

    private TestNode n1;
    private TestNode n2;
    private LocalExecutor x1;
    private LocalExecutor x2;

    @BeforeEach
    void setUp() throws IOException {
        n1 = TestNode.create("node1");
        n2 = TestNode.create("node2");
        x1 = n1.executor();
        x2 = n2.executor();
    }

    @AfterEach
    void tearDown() throws Exception {
        // Stop whatever a failed test left running, then drop the nodes.
        for (LocalExecutor x : List.of(x1, x2)) {
            for (String id : List.of("web", "vip", "ping")) {
                if (x.resource(id).isPresent()) {
                    x.execute(OperationRequest.of(id, "stop", T20)).get(30, TimeUnit.SECONDS);
                }
            }
            x.close();
        }
        n1.close();
        n2.close();
    }

    private static OperationEvent run(LocalExecutor x, String rsc, String action) throws Exception {
        return x.execute(OperationRequest.of(rsc, action, T20)).get(30, TimeUnit.SECONDS);
    }

    private static int freePort(String ip) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(ip))) {
            return s.getLocalPort();
        }
    }

    private static String get(String url) throws Exception {
        try (HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static long pidFrom(Path pidfile) throws IOException {
        return Long.parseLong(Files.readString(pidfile).trim());
    }

    @Test
    void webserverServesThePageAndAKillMinus9IsNotRunning() throws Exception {
        int port = freePort("127.0.0.1");
        x1.register(new ResourceDefinition("web", WEB, Map.of("ip", "127.0.0.1", "port", Integer.toString(port))));
        assertEquals(OcfRc.OK, run(x1, "web", "validate-all").result().rc());
        assertEquals(OcfRc.NOT_RUNNING, run(x1, "web", "monitor").result().rc(), "probe");
        assertEquals(OcfRc.OK, run(x1, "web", "start").result().rc());
        assertTrue(get("http://127.0.0.1:" + port + "/").contains("served by node1"));
        assertEquals(OcfRc.OK, run(x1, "web", "monitor").result().rc());

        long pid = pidFrom(n1.env.varRun().resolve("webserver-web.pid"));
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        // Wait only until it died; PID 1 may leave it a zombie for a while, which the agent must see as dead.
        for (int i = 0; i < 100 && !deadOrZombie(pid); i++) {
            Thread.sleep(10);
        }
        assertEquals(OcfRc.NOT_RUNNING, run(x1, "web", "monitor").result().rc(), "after kill -9");
        assertEquals(OcfRc.OK, run(x1, "web", "start").result().rc(), "recovery in place");
        assertEquals(OcfRc.OK, run(x1, "web", "stop").result().rc());
        assertEquals(OcfRc.NOT_RUNNING, run(x1, "web", "monitor").result().rc());
    }

    @Test
    void webserverValidatesItsParameters() throws Exception {
        x1.register(new ResourceDefinition("web", WEB, Map.of("port", "http")));
        OperationEvent e = run(x1, "web", "validate-all");
        assertEquals(OcfRc.ERR_CONFIGURED, e.result().rc());
        assertTrue(e.result().exitReason().contains("not a number"), e.result().exitReason());
        assertEquals(OcfRc.ERR_CONFIGURED, run(x1, "web", "start").result().rc());
    }

    @Test
    void floatipIsHeldByOneNodeAtATime() throws Exception {
        String vip = "127.0.0." + ThreadLocalRandom.current().nextInt(100, 250);
        int vport = freePort(vip);
        int p1 = freePort("127.0.0.1");
        int p2 = freePort("127.0.0.1");
        x1.register(new ResourceDefinition("web", WEB, Map.of("port", Integer.toString(p1))));
        x2.register(new ResourceDefinition("web", WEB, Map.of("port", Integer.toString(p2))));
        Map<String, String> fip = Map.of("ip", vip, "port", Integer.toString(vport));
        x1.register(new ResourceDefinition("vip", FLOAT, with(fip, "target_port", Integer.toString(p1))));
        x2.register(new ResourceDefinition("vip", FLOAT, with(fip, "target_port", Integer.toString(p2))));
        OperationResult w1 = run(x1, "web", "start").result();
        assertEquals(OcfRc.OK, w1.rc(), w1.summary());
        OperationResult w2 = run(x2, "web", "start").result();
        assertEquals(OcfRc.OK, w2.rc(), w2.summary());

        assertEquals(OcfRc.OK, run(x1, "vip", "start").result().rc());
        assertEquals(OcfRc.OK, run(x1, "vip", "monitor").result().rc());
        String url = "http://" + vip + ":" + vport + "/";
        assertTrue(get(url).contains("served by node1"));
        OperationEvent clash = run(x2, "vip", "start");
        assertEquals(OcfRc.ERR_GENERIC, clash.result().rc(), "node2 cannot take the address node1 holds");
        assertTrue(clash.result().exitReason().contains("cannot bind"), clash.result().exitReason());
        assertEquals(OcfRc.NOT_RUNNING, run(x2, "vip", "monitor").result().rc());

        // Failover: stop on node1, start on node2; clients keep the same address.
        assertEquals(OcfRc.OK, run(x1, "vip", "stop").result().rc());
        assertEquals(OcfRc.OK, run(x2, "vip", "start").result().rc());
        assertTrue(get(url).contains("served by node2"));
        assertEquals(OcfRc.NOT_RUNNING, run(x1, "vip", "monitor").result().rc());
    }

    @Test
    void pingdSetsItsAttributeLikePacemakersPing() throws Exception {
        try (ServerSocket upstream = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            x1.register(new ResourceDefinition("ping", PINGD, Map.of("name", "default_ping_set",
                    "host_list", "127.0.0.1:" + upstream.getLocalPort(), "multiplier", "1000", "dampen", "5s")));
            assertEquals(OcfRc.NOT_RUNNING, run(x1, "ping", "monitor").result().rc(), "probe");
            assertEquals(OcfRc.OK, run(x1, "ping", "start").result().rc());
            OperationEvent m = x1.execute(OperationRequest.recurring("ping", "monitor", Duration.ofSeconds(10), T20))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(OcfRc.OK, m.result().rc());
            upstream.close();
            x1.cancel("ping", "monitor", Duration.ofSeconds(10));
            OperationEvent lost = x1.execute(OperationRequest.recurring("ping", "monitor", Duration.ofSeconds(11), T20))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(OcfRc.OK, lost.result().rc(), "losing upstream is a score, not a failure");
            assertEquals(OcfRc.OK, run(x1, "ping", "stop").result().rc());
        }
        assertEquals(List.of("-n default_ping_set -B 1000 -d 5s", "-n default_ping_set -v 1000 -d 5s",
                "-n default_ping_set -v 0 -d 5s", "-D -n default_ping_set -d 5s"), n1.attrdCalls());
    }

    @Test
    void pingdWithAFileTargetAndAFailingAttrd() throws Exception {
        Path up = Files.createFile(n1.dir.resolve("upstream"));
        x1.register(new ResourceDefinition("ping", PINGD, Map.of("check_files", up.toString(), "multiplier", "100")));
        assertEquals(OcfRc.OK, run(x1, "ping", "start").result().rc());
        Files.delete(up);
        x1.execute(OperationRequest.recurring("ping", "monitor", Duration.ofSeconds(10), T20)).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("-n pingd -B 100 -d 5s", "-n pingd -v 0 -d 5s"), n1.attrdCalls());
        assertEquals(OcfRc.OK, run(x1, "ping", "stop").result().rc());

        n1.script("attrd_updater", "exit 1");
        OperationEvent start = run(x1, "ping", "start");
        assertEquals(OcfRc.ERR_GENERIC, start.result().rc(), "like ping: attrd failure fails the start");
        assertTrue(start.result().exitReason().contains("could not update pingd"));
    }

    private static boolean deadOrZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        java.util.HashMap<String, String> out = new java.util.HashMap<>(m);
        out.put(k, v);
        return out;
    }
}
