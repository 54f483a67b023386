package io.tandem.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.cib.OpDigest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpDigestTest {

    @Test
    void emptyParametersGivePacemakersWellKnownDigest() {
        // The digest Pacemaker records for agents started without parameters.
        assertEquals("f2317cad3d54cec5d7d7aa7d0bf35cf8", OpDigest.forOperation(Map.of(), Map.of(), 0, 0));
    }

    @Test
    void recurringOperationsKeepOnlyTheirTimeout() {
        String a = OpDigest.forOperation(Map.of("ip", "10.0.0.1", "CRM_meta_name", "monitor"), Map.of(), 10000,
                20000);
        assertEquals(OpDigest.of(Map.of("ip", "10.0.0.1", "CRM_meta_timeout", "20000")), a);
    }
}
