package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationRecordTest {

    private static OperationRecord record(int rc, ExecStatus status, String key) {
        return new OperationRecord("vip", "vip_last_0", "vip_start_0", "start", "do_update_resource", "3.16.2", key,
                "", "node1", 12, rc, status, 0, 1_700_000_000L, 156, 0, "0123456789abcdef0123456789abcdef",
                "fedcba9876543210fedcba9876543210");
    }

    @Test
    void rendersAnLrmRscOpElementInPacemakersAttributeOrder() {
        XmlElement e = record(0, ExecStatus.DONE, "3:1:0:uuid").toXml();
        assertEquals("lrm_rsc_op", e.name());
        assertEquals(List.of("id", "operation_key", "operation", "crm-debug-origin", "crm_feature_set", "transition-key",
                "transition-magic", "exit-reason", "on_node", "call-id", "rc-code", "op-status", "interval",
                "last-rc-change", "exec-time", "queue-time", "op-digest", "op-restart-digest"),
                List.copyOf(e.attributes().keySet()));
        assertEquals("0:0;3:1:0:uuid", e.attr("transition-magic"));
        assertEquals("1700000000", e.attr("last-rc-change"));
        XmlElement back = CibXml.parse(CibXml.write(e));
        assertEquals(e, back);
    }

    @Test
    void failureFollowsTheTransitionKeysTargetRc() {
        assertFalse(record(7, ExecStatus.DONE, "3:1:7:uuid").failed(), "the controller expected not running");
        assertTrue(record(0, ExecStatus.DONE, "3:1:7:uuid").failed());
        assertTrue(record(1, ExecStatus.TIMEOUT, "3:1:0:uuid").failed());
        assertEquals(2, record(1, ExecStatus.TIMEOUT, "3:1:0:uuid").cibEntries().size());
        assertEquals("vip_last_failure_0", record(1, ExecStatus.TIMEOUT, "").cibEntries().get(1).id());
    }

    @Test
    void withoutATransitionKeyThereIsNoMagic() {
        XmlElement e = record(0, ExecStatus.DONE, "").toXml();
        assertFalse(e.attributes().containsKey("transition-key"));
        assertFalse(e.attributes().containsKey("transition-magic"));
    }
}
