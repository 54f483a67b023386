package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The executor's decisions with time as an input: no threads, no processes, no clock. */
class ExecutorCoreTest {

    private static final Duration T20 = Duration.ofSeconds(20);
    private static final Duration TEN = Duration.ofSeconds(10);
    private final NodeEnvironment node = NodeEnvironment.standard("node1", Path.of("/tmp/n1"), Path.of("/tmp/sbin"), List.of());
    private ExecutorCore core;
    private Instant now;

    @BeforeEach
    void setUp() {
        core = new ExecutorCore(node, new Md5ParameterDigester(), a -> Optional.empty());
        now = Instant.parse("2026-01-01T00:00:00Z");
        core.register(new ResourceDefinition("a", TestNode.DUMMY, Map.of("state", "/tmp/a")));
        core.register(new ResourceDefinition("b", TestNode.DUMMY, Map.of()));
    }

    private static OperationResult rc(int rc) {
        return new OperationResult(rc, ExecStatus.DONE, "", "", 7);
    }

    private void advance(Duration d) {
        now = now.plus(d);
    }

    @Test
    void operationsOfOneResourceNeverOverlapAndKeepTheirOrder() {
        int start = core.submit(OperationRequest.of("a", "start", T20), now).callId();
        int probe = core.submit(OperationRequest.of("a", "monitor", T20), now).callId();
        core.submit(OperationRequest.of("b", "start", T20), now);

        List<Dispatch> first = core.dispatch(now);
        assertEquals(2, first.size(), "one per resource");
        Dispatch a1 = first.get(0);
        assertEquals(start, a1.callId());
        assertTrue(core.isBusy("a"));
        assertTrue(core.dispatch(now).isEmpty(), "a is busy and b has nothing more");

        advance(Duration.ofMillis(300));
        core.complete(a1, rc(0), now);
        List<Dispatch> second = core.dispatch(now);
        assertEquals(1, second.size());
        assertEquals(probe, second.get(0).callId());
        assertEquals(300, second.get(0).queueMillis(), "the probe waited for the start");
    }

    @Test
    void recurringMonitorHonoursStartDelayAndRunsOneIntervalAfterEachCompletion() {
        Submission s = core.submit(OperationRequest.recurring("a", "monitor", TEN, T20).withStartDelay(Duration.ofSeconds(2)), now);
        assertTrue(core.dispatch(now).isEmpty());
        assertEquals(Optional.of(now.plusSeconds(2)), core.nextWakeup());

        advance(Duration.ofSeconds(2));
        Dispatch d = core.dispatch(now).get(0);
        advance(Duration.ofSeconds(1));
        List<OperationEvent> ev = core.complete(d, rc(0), now);
        assertEquals(s.callId(), ev.get(0).callId());
        assertEquals("a_monitor_10000", ev.get(0).record().id());
        assertEquals(Optional.of(now.plusSeconds(10)), core.nextWakeup());

        advance(Duration.ofSeconds(9));
        assertTrue(core.dispatch(now).isEmpty(), "not due yet");
        advance(Duration.ofSeconds(1));
        Dispatch again = core.dispatch(now).get(0);
        assertEquals(s.callId(), again.callId(), "a recurring op keeps its call id");
    }

    @Test
    void duplicateRecurringMonitorIsMergedIntoOne() {
        int first = core.submit(OperationRequest.recurring("a", "monitor", TEN, T20), now).callId();
        Submission dup = core.submit(OperationRequest.recurring("a", "monitor", TEN, T20).withTransitionKey("5:2:0:abc"), now);
        assertEquals(first, dup.mergedCallId());
        assertNotEquals(first, dup.callId());
        assertEquals(1, core.recurringOperations().size());
        List<Dispatch> d = core.dispatch(now);
        assertEquals(1, d.size());
        assertEquals(dup.callId(), d.get(0).callId());
        assertEquals("5:2:0:abc", d.get(0).request().transitionKey());
        // A different interval is a different operation.
        core.submit(OperationRequest.recurring("a", "monitor", Duration.ofSeconds(20), T20), now);
        assertEquals(2, core.recurringOperations().size());
    }

    @Test
    void stopCancelsRecurringMonitorsIncludingOneInFlight() {
        core.submit(OperationRequest.recurring("a", "monitor", TEN, T20), now);
        core.submit(OperationRequest.recurring("a", "monitor", Duration.ofSeconds(30), T20).withStartDelay(TEN), now);
        Dispatch inFlight = core.dispatch(now).get(0);
        assertEquals(10_000, inFlight.request().intervalMs());

        Submission stop = core.submit(OperationRequest.of("a", "stop", T20), now);
        assertEquals(1, stop.cancelled().size(), "the idle 30 s monitor is cancelled at once");
        assertEquals(ExecStatus.CANCELLED, stop.cancelled().get(0).result().status());
        assertTrue(core.recurringOperations().isEmpty());

        List<OperationEvent> ev = core.complete(inFlight, rc(0), now);
        assertEquals(ExecStatus.CANCELLED, ev.get(0).result().status(), "the run in flight reports cancelled");
        Dispatch next = core.dispatch(now).get(0);
        assertEquals("stop", next.request().action());
        core.complete(next, rc(0), now);
        advance(Duration.ofMinutes(5));
        assertTrue(core.dispatch(now).isEmpty(), "no monitor comes back after the stop");
        assertEquals(Optional.empty(), core.nextWakeup());
    }

    @Test
    void cancelRemovesARecurringOperation() {
        int call = core.submit(OperationRequest.recurring("b", "monitor", TEN, T20), now).callId();
        assertTrue(core.hasRecurring("b", "monitor", 10_000));
        List<OperationEvent> ev = core.cancel("b", "monitor", 10_000, now);
        assertEquals(call, ev.get(0).callId());
        assertEquals(ExecStatus.CANCELLED, ev.get(0).result().status());
        assertFalse(core.hasRecurring("b", "monitor", 10_000));
        assertTrue(core.cancel("b", "monitor", 10_000, now).isEmpty(), "nothing left to cancel");
        assertTrue(core.dispatch(now.plusSeconds(60)).isEmpty());
    }

    @Test
    void oneShotsGoBeforeDueMonitors() {
        core.submit(OperationRequest.recurring("a", "monitor", TEN, T20), now);
        core.submit(OperationRequest.of("a", "reload", T20), now);
        assertEquals("reload", core.dispatch(now).get(0).request().action());
    }

    @Test
    void historyRecordCarriesPacemakersAttributes() {
        String key = "3:7:0:2bc8c5a4-43c6-4f5d-9a4e-0e7b5d9d7e11";
        core.submit(OperationRequest.of("a", "start", T20).withTransitionKey(key), now);
        advance(Duration.ofMillis(40));
        Dispatch d = core.dispatch(now).get(0);
        OperationRecord r = core.complete(d, rc(0), now).get(0).record();
        assertEquals("a_last_0", r.id());
        assertEquals("a_start_0", r.operationKey());
        assertEquals("start", r.operation());
        assertEquals("0:0;" + key, r.transitionMagic());
        assertEquals("node1", r.onNode());
        assertEquals(1, r.callId());
        assertEquals(40, r.queueTimeMs(), "dispatched 40 ms after submission");
        assertEquals(7, r.execTimeMs());
        assertEquals(now.getEpochSecond(), r.lastRcChange());
        assertEquals(List.of("a_last_0"), r.cibEntries().stream().map(OperationRecord::id).toList());
        assertEquals(32, r.opDigest().length());
        assertFalse(r.opRestartDigest().isEmpty());
    }

    @Test
    void lastRcChangeMovesOnlyWhenTheRcChanges() {
        core.submit(OperationRequest.recurring("a", "monitor", TEN, T20), now);
        Instant first = now;
        OperationEvent e1 = core.complete(core.dispatch(now).get(0), rc(0), now).get(0);
        assertTrue(e1.rcChanged());
        advance(TEN);
        OperationEvent e2 = core.complete(core.dispatch(now).get(0), rc(0), now).get(0);
        assertFalse(e2.rcChanged());
        assertEquals(first.getEpochSecond(), e2.record().lastRcChange());
        advance(TEN);
        OperationEvent e3 = core.complete(core.dispatch(now).get(0), rc(7), now).get(0);
        assertTrue(e3.rcChanged());
        assertEquals(now.getEpochSecond(), e3.record().lastRcChange());
        assertTrue(e3.record().failed());
        assertEquals(List.of("a_monitor_10000", "a_last_failure_0"),
                e3.record().cibEntries().stream().map(OperationRecord::id).toList());
    }

    @Test
    void probeNotRunningIsNoFailureButAFailedStartIs() {
        core.submit(OperationRequest.of("a", "monitor", T20), now);
        OperationRecord probe = core.complete(core.dispatch(now).get(0), rc(7), now).get(0).record();
        assertEquals("a_monitor_0", probe.operationKey());
        assertFalse(probe.failed());
        core.submit(OperationRequest.of("a", "start", T20).withTransitionKey("1:1:0:u"), now);
        OperationRecord start = core.complete(core.dispatch(now).get(0), rc(1), now).get(0).record();
        assertTrue(start.failed());
        assertEquals("0:1;1:1:0:u", start.transitionMagic());
    }

    @Test
    void unknownResourcesAndStaleCompletionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> core.submit(OperationRequest.of("zz", "start", T20), now));
        core.submit(OperationRequest.of("a", "start", T20), now);
        Dispatch d = core.dispatch(now).get(0);
        core.complete(d, rc(0), now);
        assertThrows(IllegalStateException.class, () -> core.complete(d, rc(0), now));
    }

    @Test
    void digestsFollowParameters() {
        core.submit(OperationRequest.of("a", "start", T20), now);
        String d1 = core.complete(core.dispatch(now).get(0), rc(0), now).get(0).record().opDigest();
        core.register(new ResourceDefinition("a", TestNode.DUMMY, Map.of("state", "/tmp/other")));
        core.submit(OperationRequest.of("a", "start", T20), now);
        String d2 = core.complete(core.dispatch(now).get(0), rc(0), now).get(0).record().opDigest();
        assertNotEquals(d1, d2);
    }
}
