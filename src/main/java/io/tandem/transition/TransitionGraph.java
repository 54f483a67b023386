package io.tandem.transition;

import java.util.ArrayList;
import java.util.List;

/**
 * A transition: actions and the ordering between them. Immutable; action ids are list positions.
 */
public record TransitionGraph(List<Action> actions, List<Edge> edges) {

    public TransitionGraph {
        actions = List.copyOf(actions);
        edges = List.copyOf(edges);
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id() != i) {
                throw new IllegalArgumentException("action ids must be their positions");
            }
        }
    }

    public static TransitionGraph empty() {
        return new TransitionGraph(List.of(), List.of());
    }

    /** The inputs of each action, by action id. */
    public List<List<Integer>> inputs() {
        List<List<Integer>> in = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            in.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            in.get(e.after()).add(e.before());
        }
        return in;
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
