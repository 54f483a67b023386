package io.tandem.service;

import java.time.Instant;
import java.util.Optional;

/** One event of the timeline; {@code detail} is technical text (operation keys, node names, crm lines). */
public record HistoryEvent(long id, Instant at, HistoryKind kind, Optional<String> resource, Optional<String> node, String detail) {
}
