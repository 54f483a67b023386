package io.tandem.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentContainerTest {

    private final List<String> log = new ArrayList<>();

    private Component recording(String name, boolean failStart, boolean failStop) {
        return Component.of(name, () -> {
            log.add("start " + name);
            if (failStart) {
                throw new IllegalStateException(name + " broke");
            }
        }, () -> {
            log.add("stop " + name);
            if (failStop) {
                throw new IllegalStateException(name + " stuck");
            }
        });
    }

    @Test
    void startsInOrderAndStopsInReverse() throws Exception {
        ComponentContainer c = new ComponentContainer("node")
                .add("a", recording("a", false, false))
                .add("b", recording("b", false, false))
                .add("c", recording("c", false, false));
        c.start();
        assertEquals(ComponentState.STARTED, c.state());
        c.stop();
        assertEquals(List.of("start a", "start b", "start c", "stop c", "stop b", "stop a"), log);
        assertEquals(ComponentState.STOPPED, c.state());
    }

    @Test
    void failedStartRollsBackTheStartedOnesInReverse() {
        ComponentContainer c = new ComponentContainer("node")
                .add("a", recording("a", false, false))
                .add("b", recording("b", false, false))
                .add("c", recording("c", true, false))
                .add("d", recording("d", false, false));
        LifecycleException e = assertThrows(LifecycleException.class, c::start);
        assertEquals("node: cannot start 'c': c broke", e.getMessage());
        assertEquals(List.of("start a", "start b", "start c", "stop b", "stop a"), log);
        assertEquals(ComponentState.STOPPED, c.state());
    }

    @Test
    void rollbackFailuresAreAttachedNotLost() {
        ComponentContainer c = new ComponentContainer("node")
                .add("a", recording("a", false, true))
                .add("b", recording("b", true, false));
        LifecycleException e = assertThrows(LifecycleException.class, c::start);
        assertEquals(1, e.getSuppressed().length);
        assertEquals("node: cannot stop 'a': a stuck", e.getSuppressed()[0].getMessage());
    }

    @Test
    void stopGoesOnPastAFailureAndReportsIt() throws Exception {
        ComponentContainer c = new ComponentContainer("node")
                .add("a", recording("a", false, false))
                .add("b", recording("b", false, true))
                .add("c", recording("c", false, false));
        c.start();
        LifecycleException e = assertThrows(LifecycleException.class, c::stop);
        assertEquals(List.of("start a", "start b", "start c", "stop c", "stop b", "stop a"), log);
        assertEquals(1, e.getSuppressed().length);
        assertEquals(ComponentState.STOPPED, c.state());
    }

    @Test
    void startAndStopAreIdempotentAndRestartWorks() throws Exception {
        ComponentContainer c = new ComponentContainer("node").add("a", recording("a", false, false));
        c.start();
        c.start();
        c.stop();
        c.stop();
        c.start();
        assertEquals(List.of("start a", "stop a", "start a"), log);
    }

    @Test
    void cannotAddWhileStartedOrTwiceUnderOneName() throws Exception {
        ComponentContainer c = new ComponentContainer("node").add("a", recording("a", false, false));
        assertThrows(IllegalArgumentException.class, () -> c.add("a", recording("x", false, false)));
        c.start();
        assertThrows(IllegalStateException.class, () -> c.add("b", recording("b", false, false)));
    }

    @Test
    void dumpShowsTheTreeWithStates() throws Exception {
        ComponentContainer inner = new ComponentContainer("services").add("x", recording("x-desc", false, false));
        ComponentContainer c = new ComponentContainer("node")
                .add("store", recording("store-desc", false, false))
                .add("services", inner)
                .add("broken", recording("broken-desc", true, false));
        assertThrows(LifecycleException.class, c::start);
        assertEquals("""
                node [STOPPED] container node
                  store [STOPPED] store-desc
                  services [STOPPED] container services
                    x [STOPPED] x-desc
                  broken [FAILED] broken-desc
                """, c.dump());
    }
}
