package io.tandem.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphRunnerTest {

    private static Action rsc(int id, String rsc, String task, String node) {
        return new Action(id, Action.opKey(rsc, task, 0), rsc, task, 0, node, Action.Kind.RESOURCE, Map.of());
    }

    @Test
    void firesInGraphOrderOnceInputsComplete() {
        Action stop = rsc(0, "web", "stop", "n1");
        Action group = new Action(1, "site_start_0", "site", "start", 0, null, Action.Kind.PSEUDO, Map.of());
        Action start = rsc(2, "web", "start", "n2");
        Action probe = rsc(3, "db", "monitor", "n2");
        TransitionGraph g = new TransitionGraph(List.of(stop, group, start, probe),
                List.of(new Edge(0, 2), new Edge(1, 2)));
        List<String> seen = new ArrayList<>();
        GraphRunner.Run run = new GraphRunner(Map.of(Action.Kind.RESOURCE, a -> ActionResult.OK),
                a -> seen.add(a.key())).run(g);
        assertEquals(List.of("web_stop_0", "site_start_0", "web_start_0", "db_monitor_0"), seen);
        assertEquals(4, run.fired().size());
    }

    @Test
    void aFailureHoldsBackItsDependents() {
        Action stop = rsc(0, "web", "stop", "n1");
        Action start = rsc(1, "web", "start", "n2");
        TransitionGraph g = new TransitionGraph(List.of(stop, start), List.of(new Edge(0, 1)));
        GraphRunner.Run run = new GraphRunner(Map.of(Action.Kind.RESOURCE,
                a -> a.task().equals("stop") ? ActionResult.failed(1) : ActionResult.OK), a -> { }).run(g);
        assertFalse(run.complete());
        assertEquals(List.of(start), run.skipped());
    }
}
