package io.tandem.controller;

import io.tandem.cib.LrmRscOp;

/**
 * Which results count as failures (and grow a fail-count), as Pacemaker's controller decides: an
 * execution problem (timeout, error), or an rc other than the one the transition expected; a probe that
 * finds the resource stopped or running is information, not a failure.
 */
final class FailurePolicy {
    private FailurePolicy() {
    }

    static boolean isFailure(LrmRscOp op) {
        int status = op.opStatus();
        if (status == 1 || status == -1) {
            return false; // cancelled or pending
        }
        if (status != 0) {
            return true;
        }
        boolean probe = "monitor".equals(op.operation()) && op.intervalMs() == 0;
        int rc = op.rcCode();
        if (probe) {
            return rc != 0 && rc != 7 && rc != 8;
        }
        int target = targetRc(op.get("transition-key"));
        return rc != target;
    }

    static int targetRc(String transitionKey) {
        if (transitionKey == null) {
            return 0;
        }
        String[] k = transitionKey.split(":");
        if (k.length < 3) {
            return 0;
        }
        try {
            return Integer.parseInt(k[2]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
