package io.tandem.transition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a transition graph: repeatedly walks the actions in graph order and fires every action whose
 * inputs have completed, as Pacemaker's run_graph does. Pseudo actions complete at once without a
 * handler. A failed action stops everything that depends on it (the transition is then incomplete and
 * the caller reschedules). Single-threaded and deterministic: the same graph and results give the same
 * firing order.
 */
public final class GraphRunner {

    private final Map<Action.Kind, ActionHandler> handlers;
    private final Consumer<Action> listener;

    /** @param listener told of each action as it fires (crm_simulate prints them) */
    public GraphRunner(Map<Action.Kind, ActionHandler> handlers, Consumer<Action> listener) {
        this.handlers = Map.copyOf(handlers);
        this.listener = listener;
    }

    /** The outcome of a run: actions in firing order, failed ones, and those never fired. */
    public record Run(List<Action> fired, List<Action> failed, List<Action> skipped) {
        public Run {
            fired = List.copyOf(fired);
            failed = List.copyOf(failed);
            skipped = List.copyOf(skipped);
        }

        public boolean complete() {
            return failed.isEmpty() && skipped.isEmpty();
        }
    }

    public Run run(TransitionGraph graph) {
        int n = graph.actions().size();
        List<List<Integer>> inputs = graph.inputs();
        int[] state = new int[n]; // 0 waiting, 1 done, 2 failed
        boolean[] fired = new boolean[n];
        List<Action> order = new ArrayList<>();
        List<Action> failed = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < n; i++) {
                if (fired[i] || !ready(inputs.get(i), state)) {
                    continue;
                }
                Action a = graph.actions().get(i);
                fired[i] = true;
                progress = true;
                order.add(a);
                listener.accept(a);
                if (a.pseudo()) {
                    state[i] = 1;
                    continue;
                }
                ActionHandler h = handlers.get(a.kind());
                ActionResult r = h == null ? ActionResult.OK : h.execute(a);
                state[i] = r.success() ? 1 : 2;
                if (!r.success()) {
                    failed.add(a);
                }
            }
        }
        List<Action> skipped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!fired[i]) {
                skipped.add(graph.actions().get(i));
            }
        }
        return new Run(order, failed, skipped);
    }

    private static boolean ready(List<Integer> in, int[] state) {
        for (int b : in) {
            if (state[b] != 1) {
                return false;
            }
        }
        return true;
    }
}
