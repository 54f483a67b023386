package io.tandem.executor;

/**
 * A finished (or cancelled) operation, as the executor reports it to its listeners.
 *
 * @param resource  the resource as registered when the operation ran
 * @param callId    the call id (a recurring monitor keeps its call id across runs)
 * @param request   what was asked
 * @param result    what the agent answered
 * @param record    the history record for the CIB
 * @param rcChanged true on the first result of this operation key or when its rc differs from the last one;
 *                  Pacemaker's controller records recurring results only then
 */
public record OperationEvent(ResourceDefinition resource, int callId, OperationRequest request,
        OperationResult result, OperationRecord record, boolean rcChanged) {
}
