package io.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.cib.CibVersion;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every CibStore must do; each implementation's test extends this. */
abstract class CibStoreContract {

    static final Instant T0 = Instant.parse("2026-11-25T01:00:00.123Z");
    static final ChangeSource ADMIN = new ChangeSource("root", "n1");

    abstract CibStore store(InstantSource clock);

    static Cib cib(int epoch, int numUpdates, String resources, String status) {
        return Cib.parse("<cib admin_epoch=\"0\" epoch=\"" + epoch + "\" num_updates=\"" + numUpdates
                + "\" validate-with=\"pacemaker-3.9\"><configuration><crm_config/><nodes/><resources>" + resources
                + "</resources><constraints/></configuration><status>" + status + "</status></cib>");
    }

    static final String IP = "<primitive id=\"ip\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\"/>";

    @Test
    void freshStoreIsEmpty() {
        CibStore s = store(InstantSource.fixed(T0));
        assertTrue(s.current().isEmpty());
        assertEquals(List.of(), s.changes(10));
    }

    @Test
    void keepsTheCurrentCibAndOneRowPerConfigurationChange() {
        CibStore s = store(InstantSource.fixed(T0));
        Cib first = cib(1, 0, "", "");
        s.replace(first, ADMIN);
        Cib withIp = first.bumpedFor(cib(1, 0, IP, ""));
        s.replace(withIp, new ChangeSource("alice", "n2"));
        Cib statusOnly = withIp.bumpedFor(cib(2, 0, IP, "<node_state id=\"1\" uname=\"n1\"/>"));
        s.replace(statusOnly, ADMIN);

        assertEquals(new CibVersion(0, 2, 1), s.current().orElseThrow().version());
        assertEquals(statusOnly.toXml(), s.current().orElseThrow().toXml());
        List<CibChange> changes = s.changes(10);
        assertEquals(2, changes.size(), "a status-only change writes no change row");
        CibChange latest = changes.get(0);
        assertEquals(new CibVersion(0, 2, 0), latest.version());
        assertEquals("alice", latest.user());
        assertEquals("n2", latest.originNode());
        assertEquals(T0, latest.at());
        assertTrue(latest.diff().contains("+") && latest.diff().contains("id=\"ip\""), latest.diff());
        assertEquals(new CibVersion(0, 1, 0), changes.get(1).version());
        assertEquals(1, s.changes(1).size());
    }

    @Test
    void refusesToGoBackwardsAndKeepsWhatItHad() {
        CibStore s = store(InstantSource.fixed(T0));
        s.replace(cib(5, 0, "", ""), ADMIN);
        CibException e = assertThrows(CibException.class, () -> s.replace(cib(4, 9, "", ""), ADMIN));
        assertTrue(e.getMessage().contains("0:4:9") && e.getMessage().contains("0:5:0"), e.getMessage());
        assertEquals(new CibVersion(0, 5, 0), s.current().orElseThrow().version());
        assertEquals(1, s.changes(10).size());
    }
}
