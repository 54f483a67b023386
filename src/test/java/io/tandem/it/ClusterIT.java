package io.tandem.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.it.LabCluster.LabNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Whole nodes as real processes on 127.0.0.x, configured and observed only through the command-line
 * tools (which reach each node through its API) and the agents' own state: the webserver agent's pid
 * files and what its port answers, never only the CIB.
 */
class ClusterIT {

    private static final Duration START = Duration.ofSeconds(90);
    private LabCluster cluster;

    @AfterEach
    void tearDown() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static String webserver(int port) {
        return "<resources><primitive id=\"web\" class=\"ocf\" provider=\"tandem\" type=\"webserver\">"
                + "<instance_attributes id=\"web-ia\"><nvpair id=\"web-ip\" name=\"ip\" value=\"127.0.0.1\"/>"
                + "<nvpair id=\"web-port\" name=\"port\" value=\"" + port + "\"/></instance_attributes>"
                + "<meta_attributes id=\"web-meta\"><nvpair id=\"web-st\" name=\"resource-stickiness\" value=\"INFINITY\"/>"
                + "</meta_attributes><operations><op id=\"web-mon\" name=\"monitor\" interval=\"2s\" timeout=\"10s\"/>"
                + "</operations></primitive></resources>";
    }

    /** Nodes whose webserver pid file names a live process. */
    private List<String> runningOn() {
        return cluster.nodes().stream().filter(n -> !LabCluster.agentPids(n).isEmpty()).map(n -> n.name).toList();
    }

    private Optional<String> servedBy(int port) {
        return LabCluster.httpGet("http://127.0.0.1:" + port + "/")
                .map(b -> b.replaceAll("(?s).*served by ([A-Za-z0-9]+).*", "$1"));
    }

    private void ok(Processes.Result r, String what) {
        assertEquals(0, r.exitCode(), what + " failed: " + r.err() + r.out() + "\n" + cluster.logs());
    }

    @Test
    void threeNodesFailOverRejoinWithoutFailbackAndKeepTheConfigurationAcrossARestart() throws Exception {
        cluster = new LabCluster(Files.createTempDirectory("tandem-cluster3-"), 3, 77);
        List<LabNode> all = cluster.nodes();
        long t0 = System.nanoTime();
        for (LabNode n : all) {
            cluster.start(n);
        }
        cluster.awaitMembers(all, START);
        System.out.printf("cluster3: 3 nodes up and joined after %d ms%n", ms(t0));

        LabNode first = all.get(0);
        ok(cluster.tool(first, "crm_attribute", "-t", "crm_config", "-n", "stonith-enabled", "-v", "false"),
                "crm_attribute stonith-enabled");
        int port = Processes.freePort();
        Path rsc = Files.writeString(Files.createTempFile("web", ".xml"), webserver(port));
        long t1 = System.nanoTime();
        ok(cluster.tool(all.get(2), "cibadmin", "--replace", "-o", "resources", "-x", rsc.toString()), "cibadmin --replace");
        LabCluster.await("web running on one node", Duration.ofSeconds(30),
                () -> runningOn().size() == 1 && servedBy(port).isPresent());
        System.out.printf("cluster3: web configured -> serving after %d ms%n", ms(t1));
        String holder = runningOn().get(0);
        assertEquals(Optional.of(holder), servedBy(port), "the port is served by the node whose agent runs it");

        // attrd: set on one node, visible in every node's CIB
        ok(cluster.tool(all.get(1), "attrd_updater", "-n", "it_attr", "-U", "42"), "attrd_updater -U");
        for (LabNode n : all) {
            LabCluster.await("it_attr in the CIB of " + n.name, Duration.ofSeconds(10), () -> {
                Processes.Result q = cluster.tool(n, "cibadmin", "-Q", "-o", "status");
                return q.exitCode() == 0 && q.out().contains("name=\"it_attr\" value=\"42\"");
            });
        }
        Processes.Result q = cluster.tool(all.get(0), "attrd_updater", "-n", "it_attr", "-Q", "-N", "node2");
        ok(q, "attrd_updater -Q");
        assertEquals("name=\"it_attr\" host=\"node2\" value=\"42\"", q.out().strip());

        // node crash: kill -9 of the holder (JVM and its agents) -> a survivor serves
        LabNode victim = cluster.node(holder);
        long t2 = System.nanoTime();
        cluster.crash(victim);
        LabCluster.await("web served by a survivor", Duration.ofSeconds(30),
                () -> servedBy(port).filter(s -> !s.equals(holder)).isPresent());
        long failover = ms(t2);
        String survivor = servedBy(port).orElseThrow();
        System.out.printf("cluster3: kill -9 of %s -> web served by %s after %d ms%n", holder, survivor, failover);
        assertEquals(List.of(survivor), runningOn(), "exactly one webserver, on the survivor");

        // the crashed node comes back: it rejoins and web stays where it is (stickiness INFINITY)
        long t3 = System.nanoTime();
        cluster.start(victim);
        cluster.awaitMembers(all, START);
        System.out.printf("cluster3: %s restarted and rejoined after %d ms%n", holder, ms(t3));
        Thread.sleep(4000); // time enough for a (wrong) failback to show
        assertEquals(List.of(survivor), runningOn(), "no failback to " + holder);
        assertEquals(Optional.of(survivor), servedBy(port));

        // full cluster stop and start: the configuration survives, the running webserver is found, not restarted
        List<Long> pidBefore = LabCluster.agentPids(cluster.node(survivor));
        long t4 = System.nanoTime();
        for (LabNode n : all) {
            cluster.stop(n);
        }
        for (LabNode n : all) {
            cluster.start(n);
        }
        cluster.awaitMembers(all, START);
        System.out.printf("cluster3: full stop/start, joined again after %d ms%n", ms(t4));
        Processes.Result res = cluster.tool(all.get(0), "cibadmin", "-Q", "-o", "resources");
        ok(res, "cibadmin -Q -o resources");
        assertTrue(res.out().contains("id=\"web\"") && res.out().contains("value=\"" + port + "\""),
                "configuration kept: " + res.out());
        Thread.sleep(4000);
        assertEquals(List.of(survivor), runningOn(), "still exactly one webserver, where it was");
        assertEquals(pidBefore, LabCluster.agentPids(cluster.node(survivor)), "re-detected by probes, not restarted");
        assertEquals(Optional.of(survivor), servedBy(port));
    }

    @Test
    void twoNodesRunPacemakersPingAgentThroughTandemsTools() throws Exception {
        Path ping = Path.of("/usr/lib/ocf/resource.d/pacemaker/ping");
        Assumptions.assumeTrue(Files.isExecutable(ping), "SKIPPED: pacemaker-resource-agents (ocf:pacemaker:ping) not installed");
        Path dir = Files.createTempDirectory("tandem-cluster2-");
        cluster = new LabCluster(dir, 2, 78);
        cluster.useSbinDir(sbinWithPing(dir.resolve("sbin")));
        List<LabNode> all = cluster.nodes();
        long t0 = System.nanoTime();
        for (LabNode n : all) {
            cluster.start(n);
        }
        cluster.awaitMembers(all, START);
        System.out.printf("cluster2: 2 nodes up and joined after %d ms%n", ms(t0));
        ok(cluster.tool(all.get(0), "crm_attribute", "-t", "crm_config", "-n", "stonith-enabled", "-v", "false"),
                "crm_attribute stonith-enabled");
        Path rsc = Files.writeString(Files.createTempFile("ping", ".xml"),
                "<resources><primitive id=\"png\" class=\"ocf\" provider=\"pacemaker\" type=\"ping\">"
                        + "<instance_attributes id=\"png-ia\"><nvpair id=\"png-h\" name=\"host_list\" value=\"127.0.0.1\"/>"
                        + "<nvpair id=\"png-d\" name=\"dampen\" value=\"1s\"/>"
                        // the tutorial's settings: ping's defaults are name=pingd, multiplier=1
                        + "<nvpair id=\"png-n\" name=\"name\" value=\"default_ping_set\"/>"
                        + "<nvpair id=\"png-m\" name=\"multiplier\" value=\"1000\"/></instance_attributes>"
                        + "<operations><op id=\"png-start\" name=\"start\" interval=\"0\" timeout=\"30s\"/></operations>"
                        + "</primitive></resources>");
        ok(cluster.tool(all.get(1), "cibadmin", "--replace", "-o", "resources", "-x", rsc.toString()), "cibadmin --replace");
        LabCluster.await("default_ping_set=1000 in the CIB", Duration.ofSeconds(40), () -> {
            Processes.Result r = cluster.tool(all.get(0), "cibadmin", "-Q", "-o", "status");
            return r.out().contains("name=\"default_ping_set\" value=\"1000\"");
        });
        Processes.Result status = cluster.tool(all.get(0), "cibadmin", "-Q", "-o", "status");
        assertTrue(status.out().contains("operation=\"start\"") && status.out().contains("rc-code=\"0\""),
                "ping started (rc 0): " + status.out());
        Processes.Result a = cluster.tool(all.get(1), "attrd_updater", "-n", "default_ping_set", "-Q", "-A");
        ok(a, "attrd_updater -Q -A");
        assertTrue(a.out().contains("value=\"1000\""), a.out());
    }

    /**
     * Tandem's wrappers, plus iputils' ping when this host lacks it: the test's ICMP stand-in (raw socket,
     * root), so the unmodified agent can run. The agent finds both first on PATH, as it would on a node.
     */
    private static Path sbinWithPing(Path sbin) throws Exception {
        Files.createDirectories(sbin);
        try (var tools = Files.list(Path.of("deploy/bin"))) {
            for (Path t : tools.toList()) {
                Files.createSymbolicLink(sbin.resolve(t.getFileName()), t.toAbsolutePath());
            }
        }
        boolean hostHasPing = java.util.stream.Stream.of("/usr/bin/ping", "/bin/ping", "/usr/sbin/ping")
                .anyMatch(p -> Files.isExecutable(Path.of(p)));
        if (!hostHasPing) {
            Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                    "SKIPPED: no ping binary, and the ICMP stand-in needs root");
            Path shim = sbin.resolve("ping");
            Files.copy(Path.of("src/test/resources/executor/icmp-ping.py"), shim);
            shim.toFile().setExecutable(true);
        }
        return sbin;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
