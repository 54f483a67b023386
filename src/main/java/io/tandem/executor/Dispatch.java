package io.tandem.executor;

import java.time.Instant;

/**
 * An operation the core has decided to run now; the runtime shell runs it and reports back with
 * {@link ExecutorCore#complete}.
 *
 * @param runId      identifies this run for {@code complete}
 * @param callId     the operation's call id
 * @param resource   the resource as registered now
 * @param request    the operation
 * @param startedAt  when the core handed it out
 * @param queueMillis how long it waited after it became due
 */
public record Dispatch(long runId, int callId, ResourceDefinition resource, OperationRequest request,
        Instant startedAt, long queueMillis) {
}
