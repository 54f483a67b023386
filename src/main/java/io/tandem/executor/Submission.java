package io.tandem.executor;

import java.util.List;

/**
 * The answer to a submitted operation.
 *
 * @param callId    the call id the operation's results will carry
 * @param cancelled recurring operations this submission cancelled (a stop cancels its monitors)
 * @param mergedCallId the call id of the recurring operation this one was merged into (it now carries
 *                  {@code callId}), or 0
 */
public record Submission(int callId, List<OperationEvent> cancelled, int mergedCallId) {
    public Submission {
        cancelled = List.copyOf(cancelled);
    }
}
