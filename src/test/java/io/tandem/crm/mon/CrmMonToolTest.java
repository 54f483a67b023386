package io.tandem.crm.mon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cli.CibSource;
import io.tandem.cli.CrmMon;
import io.tandem.cli.ToolContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crm_mon tool: options, the live source, and the refresh loop driven by a fake pause. */
class CrmMonToolTest {

    static final String CIB = """
            <cib epoch="1" num_updates="0" admin_epoch="0" validate-with="pacemaker-3.9" have-quorum="1" dc-uuid="1">
              <configuration>
                <crm_config><cluster_property_set id="o">
                  <nvpair id="o1" name="stonith-enabled" value="false"/>
                  <nvpair id="o2" name="cluster-infrastructure" value="corosync"/>
                </cluster_property_set></crm_config>
                <nodes><node id="1" uname="node1"/><node id="2" uname="node2"/></nodes>
                <resources>
                  <primitive id="vip" class="ocf" provider="heartbeat" type="IPaddr2"/>
                </resources>
                <constraints>
                  <rsc_location id="ban-vip" rsc="vip" node="node2" score="-INFINITY"/>
                </constraints>
              </configuration>
              <status>
                <node_state id="1" uname="node1" in_ccm="true" crmd="online" join="member" expected="member"/>
                <node_state id="2" uname="node2" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>""";

    record Run(int rc, String out, String err) {
    }

    static Run run(CrmMon tool, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ToolContext ctx = new ToolContext("crm_mon", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), env,
                Path.of("."));
        int rc = tool.run(List.of(args), ctx);
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A live source whose CIB the test can swap, counting fetches. */
    static final class FakeSource implements CibSource {
        Cib cib = Cib.parse(CIB);
        int version;
        int fetches;

        @Override
        public Cib fetch() {
            fetches++;
            return cib;
        }

        @Override
        public String changeToken() {
            return Integer.toString(version);
        }
    }

    static CrmMon tool(CibSource live, CrmMon.Pause pause) {
        return new CrmMon(InstantSource.fixed(Instant.parse("2024-06-01T10:00:00Z")), ZoneOffset.UTC, live, pause);
    }

    @Test
    void oneShotFromTheLiveSourceWithNegativeLocations() {
        Run r = run(tool(new FakeSource(), d -> {
        }), Map.of(), "-1", "-L");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("  * Current DC: node1 (version unknown) - partition with quorum\n"), r.out());
        assertTrue(r.out().contains("Active Resources:\n  * No active resources\n"), r.out());
        assertTrue(r.out().endsWith("Negative Location Constraints:\n"
                + "  * ban-vip\tprevents vip from running on node2\n"), r.out());
    }

    @Test
    void withoutACibAndWithoutANodeItFailsWithNotConnected() {
        Run r = run(tool(CibSource.notConnected(), d -> {
        }), Map.of(), "-1");
        assertEquals(102, r.rc());
        assertTrue(r.err().startsWith("crm_mon: not connected"), r.err());
    }

    @Test
    void refreshRedrawsEveryIntervalAndOnChangeUntilInterrupted() {
        FakeSource src = new FakeSource();
        List<Duration> sleeps = new ArrayList<>();
        CrmMon.Pause pause = d -> {
            sleeps.add(d);
            if (sleeps.size() == 3) {
                src.version++; // the CIB changes during the first interval: redraw at once
            }
            if (sleeps.size() == 20) {
                throw new InterruptedException();
            }
        };
        Run r = run(tool(src, pause), Map.of(), "-i", "1");
        assertEquals(0, r.rc());
        assertTrue(sleeps.stream().allMatch(d -> d.toMillis() <= 200), "polls at least every 200 ms");
        // 3 polls then a change → redraw; then 5 polls of 200 ms per 1 s interval.
        assertEquals(1 + 1 + 3, src.fetches);
        assertEquals(src.fetches, r.out().split("\033\\[H\033\\[2J", -1).length - 1);
        Thread.interrupted();
    }

    @Test
    void xmlOutputAndUsageErrors() {
        Run xml = run(tool(new FakeSource(), d -> {
        }), Map.of(), "--output-as=xml");
        assertTrue(xml.out().startsWith("<pacemaker-result api-version=\"2.25\" request=\"crm_mon --output-as=xml\">"));
        assertTrue(xml.out().contains("<ban id=\"ban-vip\" resource=\"vip\" node=\"node2\" weight=\"-1000000\""));
        assertEquals(64, run(tool(new FakeSource(), d -> {
        }), Map.of(), "--output-as=html").rc());
        assertEquals(64, run(tool(new FakeSource(), d -> {
        }), Map.of(), "-i", "soon").rc());
    }
}
