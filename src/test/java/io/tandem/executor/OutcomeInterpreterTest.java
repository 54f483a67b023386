package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutcomeInterpreterTest {

    @Test
    void exitReasonIsTheLastPrefixedLineCutTo128() {
        String long200 = "x".repeat(200);
        String stderr = "ocf-exit-reason:first\nnoise\nocf-exit-reason:" + long200 + "\ntrailing\n";
        OperationResult r = OutcomeInterpreter.interpret(AgentOutcome.exited(1, "", stderr, 5), RcMapping.OCF);
        assertEquals("x".repeat(128), r.exitReason());
        assertEquals(1, r.rc());
        assertEquals(ExecStatus.DONE, r.status());
        assertEquals("second", OutcomeInterpreter.exitReason("ocf-exit-reason:first\nocf-exit-reason:second"));
        assertEquals("", OutcomeInterpreter.exitReason("ERROR: ocf-exit-reason:not at line start\n"));
    }

    @Test
    void zeroToNineAreResultsAndAnythingElseIsAGenericError() {
        for (int rc = 0; rc <= 9; rc++) {
            OperationResult r = OutcomeInterpreter.interpret(AgentOutcome.exited(rc, "", "", 1), RcMapping.OCF);
            assertEquals(rc, r.rc());
            assertEquals(ExecStatus.DONE, r.status());
        }
        OperationResult r = OutcomeInterpreter.interpret(AgentOutcome.exited(10, "", "", 1), RcMapping.OCF);
        assertEquals(1, r.rc());
        assertEquals(ExecStatus.ERROR, r.status());
        OperationResult killed = OutcomeInterpreter.interpret(AgentOutcome.exited(137, "", "", 1), RcMapping.OCF);
        assertEquals(1, killed.rc());
        assertEquals("agent was killed by signal 9", killed.exitReason());
    }

    @Test
    void timeoutIsAnExecutionStatus() {
        OperationResult r = OutcomeInterpreter.interpret(AgentOutcome.timedOut("", "", 1000), RcMapping.OCF);
        assertEquals(ExecStatus.TIMEOUT, r.status());
        assertEquals("Timed Out", r.status().text());
        assertEquals(1, r.rc());
        assertEquals("Timed out", r.exitReason());
    }

    @Test
    void lsbStatusMapsToOcf() {
        assertEquals(0, OutcomeInterpreter.interpret(AgentOutcome.exited(0, "", "", 1), RcMapping.LSB_STATUS).rc());
        assertEquals(7, OutcomeInterpreter.interpret(AgentOutcome.exited(3, "", "", 1), RcMapping.LSB_STATUS).rc());
        assertEquals(7, OutcomeInterpreter.interpret(AgentOutcome.exited(1, "", "", 1), RcMapping.LSB_STATUS).rc());
        assertEquals(1, OutcomeInterpreter.interpret(AgentOutcome.exited(4, "", "", 1), RcMapping.LSB_STATUS).rc());
        assertEquals(7, OutcomeInterpreter.interpret(AgentOutcome.exited(3, "", "", 1), RcMapping.SYSTEMD_STATUS).rc());
    }
}
