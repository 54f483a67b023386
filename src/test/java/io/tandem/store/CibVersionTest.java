package io.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibException;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import org.junit.jupiter.api.Test;

class CibVersionTest {

    private static XmlElement cib(String version, String resources, String status) {
        return CibXml.parse("<cib " + version + " validate-with=\"pacemaker-3.9\"><configuration><resources>"
                + resources + "</resources></configuration><status>" + status + "</status></cib>");
    }

    private static final String V = "admin_epoch=\"1\" epoch=\"7\" num_updates=\"3\"";

    @Test
    void configurationChangeBumpsEpochAndResetsNumUpdates() {
        XmlElement next = CibVersion.next(cib(V, "", ""), cib(V, "<primitive id=\"a\"/>", ""));
        assertEquals(new CibVersion(1, 8, 0), CibVersion.of(next));
    }

    @Test
    void statusChangeBumpsNumUpdatesOnly() {
        XmlElement next = CibVersion.next(cib(V, "", ""), cib(V, "", "<node_state id=\"1\"/>"));
        assertEquals(new CibVersion(1, 7, 4), CibVersion.of(next));
    }

    @Test
    void aRootSettingIsConfigurationButQuorumIsNot() {
        XmlElement cur = cib(V, "", "");
        assertEquals(new CibVersion(1, 8, 0), CibVersion.of(CibVersion.next(cur, cur.withAttr("validate-with", "pacemaker-3.8"))));
        assertEquals(new CibVersion(1, 7, 3), CibVersion.of(CibVersion.next(cur, cur.withAttr("have-quorum", "1"))));
    }

    @Test
    void noChangeKeepsTheVersion() {
        assertEquals(new CibVersion(1, 7, 3), CibVersion.of(CibVersion.next(cib(V, "", ""), cib(V, "", ""))));
    }

    @Test
    void aProposalWithANewerVersionKeepsIt() {
        XmlElement newer = cib("admin_epoch=\"2\" epoch=\"1\" num_updates=\"0\"", "<primitive id=\"a\"/>", "");
        assertEquals(new CibVersion(2, 1, 0), CibVersion.of(CibVersion.next(cib(V, "", ""), newer)));
    }

    @Test
    void anOlderProposalIsRefused() {
        CibException e = assertThrows(CibException.class,
                () -> CibVersion.next(cib(V, "", ""), cib("admin_epoch=\"1\" epoch=\"6\" num_updates=\"9\"", "", "")));
        assertTrue(e.getMessage().contains("1.6.9") && e.getMessage().contains("1.7.3"), e.getMessage());
    }

    @Test
    void missingAttributesCountAsZeroAndGarbageIsNamed() {
        assertEquals(new CibVersion(0, 0, 0), CibVersion.of(cib("", "", "")));
        CibException e = assertThrows(CibException.class, () -> CibVersion.of(cib("epoch=\"x1\"", "", "")));
        assertTrue(e.getMessage().contains("epoch=\"x1\""), e.getMessage());
    }

    @Test
    void ordersByAdminEpochThenEpochThenNumUpdates() {
        assertTrue(new CibVersion(1, 0, 0).compareTo(new CibVersion(0, 99, 99)) > 0);
        assertTrue(new CibVersion(0, 2, 0).compareTo(new CibVersion(0, 1, 99)) > 0);
        assertTrue(new CibVersion(0, 1, 2).compareTo(new CibVersion(0, 1, 1)) > 0);
    }
}
