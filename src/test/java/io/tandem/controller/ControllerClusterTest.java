package io.tandem.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.attrd.Attrd;
import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.executor.AgentInvoker;
import io.tandem.executor.AgentLocator;
import io.tandem.executor.LocalExecutor;
import io.tandem.executor.PacemakerOpDigester;
import io.tandem.executor.NodeEnvironment;
import io.tandem.executor.exec.CommonsExecAgentRunner;
import io.tandem.membership.LoopbackMembership;
import io.tandem.membership.LoopbackNetwork;
import io.tandem.membership.Votequorum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Three whole controllers in one JVM over the in-JVM membership, each with its own executor running
 * the real ocf:heartbeat:Dummy agent in its own state directory. What runs where is read from the
 * agents' own state files, not only from the CIB.
 */
class ControllerClusterTest {

    private static final Path DUMMY = Path.of("/usr/lib/ocf/resource.d/heartbeat/Dummy");
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();

    record Node(String name, Controller controller, Path dir) {
        boolean running(String rsc) {
            return Files.exists(dir.resolve("rsctmp").resolve("Dummy-" + rsc + ".state"));
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private void cluster(int n) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(DUMMY), "SKIPPED: resource-agents (ocf:heartbeat:Dummy) not installed");
        InstantSource clock = InstantSource.system();
        LoopbackNetwork net = new LoopbackNetwork(new Votequorum(n, false, false, false, Duration.ofSeconds(10)),
                clock, LoopbackNetwork.Mode.SYNCHRONOUS);
        List<LoopbackMembership> members = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = "node" + i;
            Path dir = Files.createTempDirectory("tandem-ctl-" + name + "-");
            Path sbin = Files.createDirectories(dir.resolve("sbin"));
            NodeEnvironment env = NodeEnvironment.standard(name, dir, sbin, List.of());
            Files.createDirectories(env.rscTmp());
            Files.createDirectories(env.varRun());
            CommonsExecAgentRunner runner = CommonsExecAgentRunner.withDefaults(dir.resolve("exec"));
            closeables.add(runner);
            LocalExecutor executor = new LocalExecutor(new AgentInvoker(env, AgentLocator.forNode(env), runner),
                    new PacemakerOpDigester(), clock, 8);
            closeables.add(executor);
            LoopbackMembership m = net.member(name, i);
            Controller c = new Controller(m, new InMemoryPersistence(null), clock);
            closeables.add(c);
            ScheduledExecutorService attrdThread = Executors.newSingleThreadScheduledExecutor();
            closeables.add(attrdThread::shutdownNow);
            Attrd attrd = new Attrd(m, c::writeAttributes, clock, attrdThread);
            c.start(new LocalResources(name, executor, c::sendToDc), attrd);
            attrd.start();
            members.add(m);
            nodes.add(new Node(name, c, dir));
        }
        for (LoopbackMembership m : members) {
            m.start();
            closeables.add(m::stop);
        }
        await("integrated", () -> dcNode().controller().cib().status().nodes().size() == n);
    }

    private Node dcNode() {
        return nodes.stream().filter(x -> x.controller().isDc()).findFirst().orElseThrow();
    }

    /** Like crm: read, edit, commit against the version read; retry when the cluster moved on meanwhile. */
    private void configure(String resources, String rscDefaults) throws Exception {
        Controller any = nodes.get(nodes.size() - 1).controller();
        for (int attempt = 0; attempt < 20; attempt++) {
            if (tryConfigure(any, resources, rscDefaults)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("configuration never committed");
    }

    private boolean tryConfigure(Controller any, String resources, String rscDefaults) throws Exception {
        Cib cib = any.cib();
        String config = CibXml.write(cib.toXml().child("configuration").orElseThrow())
                .replace("<resources/>", "<resources>" + resources + "</resources>")
                .replace("<crm_config/>", "<crm_config><cluster_property_set id='o'>"
                        + "<nvpair id='o-s' name='stonith-enabled' value='false'/></cluster_property_set></crm_config>")
                .replace("</configuration>", "<rsc_defaults><meta_attributes id='d'>" + rscDefaults
                        + "</meta_attributes></rsc_defaults></configuration>");
        CommitResult r = any.commitConfiguration("test", config, cib.version().toString()).get(10, TimeUnit.SECONDS);
        if (!r.ok() && r.message().contains("changed since it was read")) {
            return false;
        }
        assertTrue(r.ok(), r.message());
        return true;
    }

    private List<String> runningOn(String rsc) {
        return nodes.stream().filter(x -> x.running(rsc)).map(Node::name).toList();
    }

    private static void await(String what, BooleanSupplier cond) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (cond.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not there yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static final String D1 = "<primitive id='d1' class='ocf' provider='heartbeat' type='Dummy'><operations>"
            + "<op id='d1-mon' name='monitor' interval='1s' timeout='10s'/></operations></primitive>";

    @Test
    void aResourceStartsOnceIsRecoveredInPlaceThenMovesAtTheThreshold() throws Exception {
        cluster(3);
        configure(D1, "<nvpair id='d-st' name='resource-stickiness' value='100'/>"
                + "<nvpair id='d-mt' name='migration-threshold' value='2'/>");
        await("d1 running once", () -> runningOn("d1").size() == 1);
        String first = runningOn("d1").get(0);
        Node holder = nodes.stream().filter(x -> x.name().equals(first)).findFirst().orElseThrow();

        Files.delete(holder.dir().resolve("rsctmp").resolve("Dummy-d1.state"));
        await("fail-count 1 on " + first, () -> dcNode().controller().cib().status().node(first).orElseThrow()
                .transientAttribute("fail-count-d1#monitor_1000").orElse("").equals("1"));
        await("d1 recovered in place", () -> runningOn("d1").equals(List.of(first)));

        Files.delete(holder.dir().resolve("rsctmp").resolve("Dummy-d1.state"));
        await("d1 moved away from " + first, () -> runningOn("d1").size() == 1 && !runningOn("d1").contains(first));
        Thread.sleep(1500);
        assertEquals(1, runningOn("d1").size(), "never active twice: " + runningOn("d1"));
        String xml = nodes.get(1).controller().cib().toXmlString();
        assertEquals(xml, nodes.get(2).controller().cib().toXmlString(), "identical CIB on every node");
    }
}
