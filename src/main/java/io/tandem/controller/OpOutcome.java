package io.tandem.controller;

/** What became of one dispatched operation: its rc and the executor's op-status (0 done). */
record OpOutcome(int rc, int opStatus) {

    static OpOutcome timedOut() {
        return new OpOutcome(1, 2);
    }

    /** Whether the graph may go on: done with the expected rc (a probe may also find it running). */
    boolean meets(int targetRc, boolean probe) {
        if (opStatus != 0) {
            return false;
        }
        return rc == targetRc || (probe && (rc == 0 || rc == 7 || rc == 8));
    }
}
