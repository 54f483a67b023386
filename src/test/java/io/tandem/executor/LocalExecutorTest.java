package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In the spirit of Pacemaker's cts-exec: the real executor running real agents (Dummy and test agents). */
class LocalExecutorTest {

    private static final Duration T20 = Duration.ofSeconds(20);
    private TestNode node;
    private LocalExecutor executor;
    private final List<OperationEvent> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws IOException {
        node = TestNode.create("node1");
        executor = node.executor();
        executor.addListener(events::add);
    }

    @AfterEach
    void tearDown() throws IOException {
        executor.close();
        node.close();
    }

    private OperationEvent run(OperationRequest op) throws Exception {
        return executor.execute(op).get(30, TimeUnit.SECONDS);
    }

    private Path dummy(String id) {
        Path state = node.dir.resolve(id + ".state");
        executor.register(new ResourceDefinition(id, TestNode.DUMMY, Map.of("state", state.toString())));
        return state;
    }

    private List<OperationEvent> eventsFor(String rsc, String action, long interval) {
        synchronized (events) {
            return events.stream().filter(e -> e.resource().id().equals(rsc) && e.request().action().equals(action)
                    && e.request().intervalMs() == interval).toList();
        }
    }

    private static void await(java.util.function.BooleanSupplier cond, Duration max, String what) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void registerProbeStartMonitorStop() throws Exception {
        Path state = dummy("d1");
        assertEquals(OcfRc.NOT_RUNNING, run(OperationRequest.of("d1", "monitor", T20)).result().rc(), "probe before start");
        OperationEvent start = run(OperationRequest.of("d1", "start", T20).withTransitionKey("1:1:0:t"));
        assertEquals(OcfRc.OK, start.result().rc());
        assertTrue(Files.exists(state));
        assertEquals("d1_last_0", start.record().id());
        assertEquals("0:0;1:1:0:t", start.record().transitionMagic());
        assertFalse(start.record().opRestartDigest().isEmpty(), "meta-data was fetched for the restart digest");
        assertEquals(OcfRc.OK, run(OperationRequest.of("d1", "monitor", T20)).result().rc(), "probe after start");
        OperationEvent mon = run(OperationRequest.recurring("d1", "monitor", Duration.ofMillis(200), T20));
        assertEquals(OcfRc.OK, mon.result().rc());
        assertEquals("d1_monitor_200", mon.record().id());
        await(() -> eventsFor("d1", "monitor", 200).size() >= 3, Duration.ofSeconds(5), "three monitor results");
        OperationEvent stop = run(OperationRequest.of("d1", "stop", T20));
        assertEquals(OcfRc.OK, stop.result().rc());
        assertFalse(Files.exists(state));
        assertTrue(stop.callId() > mon.callId());
    }

    @Test
    void monitorFailureWhenTheStateFileDisappears() throws Exception {
        Path state = dummy("d2");
        run(OperationRequest.of("d2", "start", T20));
        run(OperationRequest.recurring("d2", "monitor", Duration.ofMillis(200), T20));
        Files.delete(state);
        await(() -> eventsFor("d2", "monitor", 200).stream().anyMatch(e -> e.result().rc() == OcfRc.NOT_RUNNING),
                Duration.ofSeconds(5), "monitor rc 7");
        OperationEvent failed = eventsFor("d2", "monitor", 200).stream()
                .filter(e -> e.result().rc() == OcfRc.NOT_RUNNING).findFirst().orElseThrow();
        assertTrue(failed.rcChanged());
        assertTrue(failed.record().failed());
        assertEquals("d2_last_failure_0", failed.record().cibEntries().get(1).id());
    }

    @Test
    void startTimeoutKillsTheAgentsGroupAndLeavesNothing() throws Exception {
        String marker = "tandem-timeout-" + UUID.randomUUID();
        executor.register(new ResourceDefinition("t1", TestNode.TESTER, Map.of("mode", "hang", "marker", marker)));
        long t0 = System.nanoTime();
        OperationEvent e = run(OperationRequest.of("t1", "start", Duration.ofMillis(800)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ExecStatus.TIMEOUT, e.result().status());
        assertEquals("Timed out", e.result().exitReason());
        assertEquals(ExecStatus.TIMEOUT.code(), e.record().opStatus().code());
        assertTrue(ms < 5000, "took " + ms + " ms");
        await(() -> ProcessProbe.count(marker) == 0, Duration.ofSeconds(2), "group gone");
    }

    @Test
    void parametersArriveLiterallyNeverThroughAShell() throws Exception {
        Path canary = node.dir.resolve("canary");
        Map<String, String> nasty = new HashMap<>();
        nasty.put("mode", "envdump");
        nasty.put("subst", "$(touch " + canary + ")");
        nasty.put("backq", "`touch " + canary + "`");
        nasty.put("semi", "x; touch " + canary);
        nasty.put("multi", "line1\nline2\n; touch " + canary + "\n");
        nasty.put("quotes", "'\"\\$HOME");
        nasty.put("dash-name", "ok");
        executor.register(new ResourceDefinition("lit", TestNode.TESTER, nasty));
        OperationEvent e = run(OperationRequest.of("lit", "start", T20));
        Map<String, String> env = new HashMap<>();
        for (String kv : e.result().output().split("\0")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        for (Map.Entry<String, String> p : nasty.entrySet()) {
            assertEquals(p.getValue(), env.get("OCF_RESKEY_" + p.getKey()), p.getKey());
        }
        assertFalse(Files.exists(canary), "nothing was executed");
        assertEquals(node.sbin.toString(), env.get("HA_SBIN_DIR"));
        assertTrue(env.get("PATH").startsWith(node.sbin + ":"));
        assertEquals("lit", env.get("OCF_RESOURCE_INSTANCE"));
        assertEquals("20000", env.get("OCF_RESKEY_CRM_meta_timeout"));
    }

    @Test
    void exitReasonIsTheLastOneAndAnRcAbove9IsAGenericError() throws Exception {
        executor.register(new ResourceDefinition("r", TestNode.TESTER, Map.of("mode", "reasons", "reason", "disk on fire", "rc", "6")));
        OperationEvent e = run(OperationRequest.of("r", "start", T20));
        assertEquals(6, e.result().rc());
        assertEquals("disk on fire", e.record().exitReason());
        executor.register(new ResourceDefinition("r", TestNode.TESTER, Map.of("mode", "reasons", "reason", "odd", "rc", "42")));
        OperationEvent odd = run(OperationRequest.of("r", "start", T20));
        assertEquals(1, odd.result().rc());
        assertEquals(ExecStatus.ERROR, odd.result().status());
    }

    @Test
    void duplicateMonitorsRunAsOne() throws Exception {
        dummy("d3");
        run(OperationRequest.of("d3", "start", T20));
        CompletableFuture<OperationEvent> f1 = executor.execute(OperationRequest.recurring("d3", "monitor", Duration.ofMillis(300), T20));
        CompletableFuture<OperationEvent> f2 = executor.execute(OperationRequest.recurring("d3", "monitor", Duration.ofMillis(300), T20));
        assertEquals(f1.get(10, TimeUnit.SECONDS).callId(), f2.get(10, TimeUnit.SECONDS).callId());
        assertEquals(1, executor.recurringOperations().size());
        Thread.sleep(1000);
        int runs = eventsFor("d3", "monitor", 300).size();
        assertTrue(runs >= 2 && runs <= 5, "about one run per 300 ms, not two: " + runs);
    }

    @Test
    void stopCancelsMonitorsAndCancelWorks() throws Exception {
        dummy("d4");
        dummy("d5");
        run(OperationRequest.of("d4", "start", T20));
        run(OperationRequest.of("d5", "start", T20));
        run(OperationRequest.recurring("d4", "monitor", Duration.ofMillis(100), T20));
        run(OperationRequest.recurring("d5", "monitor", Duration.ofMillis(100), T20));
        run(OperationRequest.of("d4", "stop", T20));
        assertTrue(executor.cancel("d5", "monitor", Duration.ofMillis(100)));
        assertFalse(executor.cancel("d5", "monitor", Duration.ofMillis(100)), "already gone");
        await(() -> eventsFor("d4", "monitor", 100).stream().anyMatch(e -> e.result().status() == ExecStatus.CANCELLED),
                Duration.ofSeconds(2), "d4 monitor cancelled");
        int d4 = eventsFor("d4", "monitor", 100).size();
        int d5 = eventsFor("d5", "monitor", 100).size();
        Thread.sleep(500);
        assertEquals(d4, eventsFor("d4", "monitor", 100).size(), "no d4 monitor after stop");
        assertEquals(d5, eventsFor("d5", "monitor", 100).size(), "no d5 monitor after cancel");
        assertTrue(executor.recurringOperations().isEmpty());
    }

    @Test
    void noInFlightCollisionOnOneResource() throws Exception {
        Path log = node.dir.resolve("overlap.log");
        executor.register(new ResourceDefinition("o", TestNode.TESTER, Map.of("mode", "log", "log", log.toString(), "sleep", "0.1")));
        executor.execute(OperationRequest.recurring("o", "monitor", Duration.ofMillis(50), T20));
        List<CompletableFuture<OperationEvent>> fs = new ArrayList<>();
        for (String a : List.of("start", "reload", "notify", "promote", "demote", "stop")) {
            fs.add(executor.execute(OperationRequest.of("o", a, T20)));
        }
        for (CompletableFuture<OperationEvent> f : fs) {
            assertEquals(0, f.get(20, TimeUnit.SECONDS).result().rc());
        }
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.size() >= 12, lines.toString());
        for (int i = 0; i < lines.size(); i += 2) {
            assertTrue(lines.get(i).startsWith("B "), "line " + i + ": " + lines);
            assertEquals(lines.get(i).substring(1), lines.get(i + 1).substring(1), "begin and end pair up: " + lines);
        }
        List<String> oneShots = lines.stream().filter(l -> l.startsWith("B ") && l.endsWith(" 0")).toList();
        assertEquals(List.of("B start 0", "B reload 0", "B notify 0", "B promote 0", "B demote 0", "B stop 0"), oneShots);
    }

    @Test
    void agentThatIsNotInstalled() throws Exception {
        executor.register(new ResourceDefinition("n", AgentId.ocf("heartbeat", "NoSuchAgent"), Map.of()));
        OperationEvent e = run(OperationRequest.of("n", "start", T20));
        assertEquals(OcfRc.ERR_INSTALLED, e.result().rc());
        assertEquals(ExecStatus.NOT_INSTALLED, e.result().status());
        assertTrue(e.result().exitReason().contains("ocf:heartbeat:NoSuchAgent is not installed"), e.result().exitReason());
        executor.register(new ResourceDefinition("f", new AgentId("stonith", null, "fence_xvm"), Map.of()));
        OperationEvent st = run(OperationRequest.of("f", "start", T20));
        assertEquals(ExecStatus.NOT_SUPPORTED, st.result().status());
        assertTrue(st.result().exitReason().contains("not supported"));
        executor.register(new ResourceDefinition("l", new AgentId("lsb", null, "no-such-init-script"), Map.of()));
        assertEquals(OcfRc.ERR_INSTALLED, run(OperationRequest.of("l", "monitor", T20)).result().rc());
    }

    @Test
    void metaDataIsCachedPerAgent() {
        AgentMetadata md = executor.metadata(TestNode.DUMMY);
        assertEquals("Dummy", md.name());
        assertTrue(md.parameter("state").isPresent());
        assertTrue(md == executor.metadata(TestNode.DUMMY), "second lookup is the cached object");
    }

    @Test
    void twentyFiveResourcesUnderStress() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add("s" + i);
            dummy("s" + i);
        }
        List<CompletableFuture<OperationEvent>> fs = new ArrayList<>();
        for (String id : ids) {
            fs.add(executor.execute(OperationRequest.of(id, "monitor", T20)));
            fs.add(executor.execute(OperationRequest.of(id, "start", T20)));
            fs.add(executor.execute(OperationRequest.recurring(id, "monitor", Duration.ofMillis(250), T20)));
        }
        for (CompletableFuture<OperationEvent> f : fs) {
            OperationEvent e = f.get(60, TimeUnit.SECONDS);
            int expected = e.request().isProbe() ? OcfRc.NOT_RUNNING : OcfRc.OK;
            assertEquals(expected, e.result().rc(), e.request().operationKey() + " " + e.result().summary());
        }
        Thread.sleep(1000);
        List<CompletableFuture<OperationEvent>> stops = new ArrayList<>();
        for (String id : ids) {
            stops.add(executor.execute(OperationRequest.of(id, "stop", T20)));
        }
        for (CompletableFuture<OperationEvent> f : stops) {
            assertEquals(OcfRc.OK, f.get(60, TimeUnit.SECONDS).result().rc());
        }
        for (String id : ids) {
            assertTrue(eventsFor(id, "monitor", 250).size() >= 2, id);
            assertFalse(Files.exists(node.dir.resolve(id + ".state")));
        }
        Map<Integer, String> callIds = new HashMap<>();
        synchronized (events) {
            for (OperationEvent e : events) {
                String prev = callIds.putIfAbsent(e.callId(), e.request().operationKey());
                assertTrue(prev == null || prev.equals(e.request().operationKey()), "call ids are unique per operation");
            }
        }
        assertTrue(executor.recurringOperations().isEmpty());
        synchronized (events) {
            for (String id : ids) {
                List<Integer> calls = events.stream().filter(e -> e.resource().id().equals(id)).map(OperationEvent::callId).toList();
                for (int i = 1; i < calls.size(); i++) {
                    assertTrue(calls.get(i) >= calls.get(i - 1), "delivered in decision order: " + id + " " + calls);
                }
            }
        }
    }

    @Test
    void listenersMayCallBackIntoTheExecutor() throws Exception {
        dummy("cb");
        CompletableFuture<OperationEvent> chained = new CompletableFuture<>();
        executor.addListener(e -> {
            if (e.resource().id().equals("cb") && e.request().action().equals("start")) {
                executor.execute(OperationRequest.of("cb", "monitor", T20)).thenAccept(chained::complete);
            }
        });
        run(OperationRequest.of("cb", "start", T20));
        assertEquals(OcfRc.OK, chained.get(10, TimeUnit.SECONDS).result().rc());
        assertEquals(OcfRc.OK, run(OperationRequest.of("cb", "stop", T20)).result().rc());
    }
}
