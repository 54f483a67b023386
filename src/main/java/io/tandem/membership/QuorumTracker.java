package io.tandem.membership;

import java.time.InstantSource;
import java.util.Optional;

/** The thin stateful shell over {@link Votequorum}: feeds it views and ticks with time from an InstantSource. */
public final class QuorumTracker {
    private final Votequorum policy;
    private final InstantSource clock;
    private QuorumState state;

    public QuorumTracker(Votequorum policy, InstantSource clock) {
        this.policy = policy;
        this.clock = clock;
        this.state = policy.initial();
    }

    public synchronized QuorumState onView(View view) {
        state = policy.next(state, view.size(), clock.instant());
        return state;
    }

    /** Re-evaluates with the same membership (last_man_standing); returns the state only if it changed. */
    public synchronized Optional<QuorumState> tick() {
        QuorumState next = policy.next(state, state.totalVotes(), clock.instant());
        boolean changed = next.quorate() != state.quorate() || next.expectedVotes() != state.expectedVotes();
        state = next;
        return changed ? Optional.of(next) : Optional.empty();
    }

    public synchronized QuorumState state() {
        return state;
    }
}
