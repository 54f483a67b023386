package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's three agents, unmodified, through Tandem's executor inside a network-namespace lab with
 * the node in its own PID namespace (lab.md). Root only: skips with a printed reason otherwise.
 */
class RealAgentsRootTest {

    private static final Duration T60 = Duration.ofSeconds(60);
    private static RootLab lab;
    private TestNode node;
    private LocalExecutor executor;

    @BeforeAll
    static void labUp() throws Exception {
        String why = RootLab.unavailableReason();
        if (why != null) {
            System.out.println("RealAgentsRootTest skipped: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
        lab = RootLab.up();
    }

    @AfterAll
    static void labDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        node = TestNode.create("node1");
        // apache drops to www-data, which must reach the document root under the temp dir.
        Files.setPosixFilePermissions(node.dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        AgentInvoker inNode = new AgentInvoker(node.env, AgentLocator.forNode(node.env), lab.inNode(node.runner));
        executor = new LocalExecutor(inNode, new Md5ParameterDigester(), InstantSource.system(), 8);
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            for (String id : List.of("httpd", "vip", "ping")) {
                if (executor.resource(id).isPresent()) {
                    executor.execute(OperationRequest.of(id, "stop", T60)).get(90, TimeUnit.SECONDS);
                }
            }
        } finally {
            executor.close();
            node.close();
        }
    }

    private OperationEvent run(String rsc, String action) throws Exception {
        return executor.execute(OperationRequest.of(rsc, action, T60)).get(90, TimeUnit.SECONDS);
    }

    @Test
    void ipaddr2AddsAndRemovesTheVip() throws Exception {
        executor.register(new ResourceDefinition("vip", AgentId.ocf("heartbeat", "IPaddr2"),
                Map.of("ip", RootLab.VIP, "nic", "ens33", "cidr_netmask", "24")));
        assertEquals(OcfRc.NOT_RUNNING, run("vip", "monitor").result().rc(), "probe");
        OperationEvent start = run("vip", "start");
        assertEquals(OcfRc.OK, start.result().rc(), start.result().summary());
        assertTrue(lab.inNode("ip -4 addr show dev ens33").contains(RootLab.VIP + "/24"));
        assertTrue(lab.gwReaches(RootLab.VIP), "the gateway reaches the VIP over the bridge");
        assertEquals(OcfRc.OK, run("vip", "monitor").result().rc());
        assertEquals(OcfRc.OK, run("vip", "stop").result().rc());
        assertFalse(lab.inNode("ip -4 addr show dev ens33").contains(RootLab.VIP));
        assertEquals(OcfRc.NOT_RUNNING, run("vip", "monitor").result().rc());
    }

    @Test
    void apacheServesAndAKillMinus9IsNotRunning() throws Exception {
        Path web = Files.createDirectories(node.dir.resolve("web/htdocs")).getParent();
        Files.writeString(web.resolve("htdocs/index.html"), "<html><body><h1>served by node1</h1></body></html>\n");
        Path conf = web.resolve("httpd.conf");
        Files.writeString(conf, String.join("\n",
                "ServerRoot /etc/apache2", "ServerName node1", "DefaultRuntimeDir " + web, "PidFile " + web + "/httpd.pid",
                "Mutex file:" + web + " default", "ErrorLog " + web + "/error.log", "LogLevel warn",
                "LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so",
                "LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so",
                "LoadModule authz_host_module /usr/lib/apache2/modules/mod_authz_host.so",
                "LoadModule status_module /usr/lib/apache2/modules/mod_status.so",
                "LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so",
                "User www-data", "Group www-data", "Listen 80", "DocumentRoot " + web + "/htdocs",
                "DirectoryIndex index.html", "<Directory " + web + "/htdocs>", "    Require all granted", "</Directory>",
                "ExtendedStatus On", "<Location /server-status>", "    SetHandler server-status", "    Require local",
                "</Location>", ""));
        RootLab.sh("chmod -R a+rX " + web);
        executor.register(new ResourceDefinition("httpd", AgentId.ocf("heartbeat", "apache"),
                Map.of("configfile", conf.toString(), "statusurl", "http://127.0.0.1/server-status")));
        assertEquals(OcfRc.NOT_RUNNING, run("httpd", "monitor").result().rc(), "probe");
        OperationEvent start = run("httpd", "start");
        assertEquals(OcfRc.OK, start.result().rc(), start.result().summary());
        assertTrue(RootLab.sh("ip netns exec " + lab.gw + " curl -s -m 5 http://" + RootLab.NODE_IP + "/")
                .contains("served by node1"));
        assertEquals(OcfRc.OK, run("httpd", "monitor").result().rc());

        // kill -9 of every httpd process of this config (pkill -f would also match its own parent shell).
        List<ProcessHandle> httpd = ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("apache2")
                && p.info().commandLine().orElse("").contains(conf.toString())).toList();
        assertFalse(httpd.isEmpty());
        httpd.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : httpd) {
            p.onExit().get(5, TimeUnit.SECONDS);
        }
        OperationEvent mon = run("httpd", "monitor");
        assertEquals(OcfRc.NOT_RUNNING, mon.result().rc(), mon.result().summary());
        assertEquals(OcfRc.OK, run("httpd", "stop").result().rc());
    }

    @Test
    void pingSetsDefaultPingSetAndZeroWhenTheGatewayGoesDown() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/ping")) && !Files.isExecutable(Path.of("/bin/ping"))) {
            // iputils-ping is not installed here: the unmodified agent gets an ICMP echo stand-in on PATH.
            System.out.println("RealAgentsRootTest: no /usr/bin/ping; using the ICMP echo stand-in for ocf:pacemaker:ping");
            Path shim = node.script("ping", "exec /usr/bin/python3 " + TestNode.PROJECT.resolve("src/test/resources/executor/icmp-ping.py") + " \"$@\"");
            assertTrue(Files.isExecutable(shim));
        }
        executor.register(new ResourceDefinition("ping", AgentId.ocf("pacemaker", "ping"), Map.of("name", "default_ping_set",
                "host_list", RootLab.GW_IP, "multiplier", "1000", "dampen", "5s", "attempts", "2", "timeout", "1")));
        OperationEvent start = run("ping", "start");
        assertEquals(OcfRc.OK, start.result().rc(), start.result().summary());
        OperationEvent up = executor.execute(OperationRequest.recurring("ping", "monitor", Duration.ofSeconds(10), T60))
                .get(90, TimeUnit.SECONDS);
        assertEquals(OcfRc.OK, up.result().rc());
        executor.cancel("ping", "monitor", Duration.ofSeconds(10));
        try {
            RootLab.sh("ip -n " + lab.gw + " link set eth0 down");
            OperationEvent down = executor.execute(OperationRequest.recurring("ping", "monitor", Duration.ofSeconds(11), T60))
                    .get(90, TimeUnit.SECONDS);
            assertEquals(OcfRc.OK, down.result().rc());
        } finally {
            RootLab.sh("ip -n " + lab.gw + " link set eth0 up");
        }
        assertEquals(OcfRc.OK, run("ping", "stop").result().rc());
        List<String> calls = node.attrdCalls();
        assertEquals(List.of("-n default_ping_set -B 1000 -d 5s", "-n default_ping_set -v 1000 -d 5s",
                "-n default_ping_set -v 0 -d 5s", "-D -n default_ping_set -d 5s"), calls);
    }
}
