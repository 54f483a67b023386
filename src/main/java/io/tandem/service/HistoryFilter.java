package io.tandem.service;

import java.util.Optional;
import java.util.Set;

/** Which timeline events to return, newest first; empty filters match everything. */
public record HistoryFilter(Optional<String> resource, Optional<String> node, Set<HistoryKind> kinds, int limit) {
    public HistoryFilter {
        kinds = Set.copyOf(kinds);
    }

    public static HistoryFilter all(int limit) {
        return new HistoryFilter(Optional.empty(), Optional.empty(), Set.of(), limit);
    }

    public boolean matches(HistoryEvent e) {
        return resource.map(r -> e.resource().filter(r::equals).isPresent()).orElse(true)
                && node.map(n -> e.node().filter(n::equals).isPresent()).orElse(true)
                && (kinds.isEmpty() || kinds.contains(e.kind()));
    }
}
