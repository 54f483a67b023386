package io.tandem.service;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Walks the tutorial's scenario (scenario.md steps 1-9) through the fake, as the browser test does. */
class FakeClusterServiceTest {

    private final MutableClock clock = new MutableClock();
    private final FakeClusterService fake = new FakeClusterService(clock, "node1");
    private final Actor operator = new Actor("alice", Role.OPERATOR, "node1");

    private Optional<String> nodeOf(String id) {
        return fake.snapshot().find(id).orElseThrow().node();
    }

    @Test
    void tutorialScenario() {
        assertEquals(Optional.of("node1"), nodeOf("vip"));
        assertEquals(Optional.of("node1"), nodeOf("httpd"));
        assertEquals("1000", fake.snapshot().nodes().get(1).attributes().get("default_ping_set"));

        assertTrue(fake.failResource("httpd", "node1"));
        assertEquals(1, fake.snapshot().failCountsOf("httpd").get(0).count());
        assertEquals(Optional.of("node1"), nodeOf("httpd"), "restarted in place below the threshold");
        fake.failResource("httpd", "node1");
        fake.failResource("httpd", "node1");
        assertEquals(Optional.of("node2"), nodeOf("vip"), "failover at 3");
        assertEquals(Optional.of("node2"), nodeOf("httpd"));

        for (int i = 0; i < 3; i++) {
            fake.failResource("httpd", "node2");
        }
        assertEquals(Optional.empty(), nodeOf("httpd"), "httpd Stopped: no node may run it");
        assertEquals(Optional.of("node2"), nodeOf("vip"), "vip stays");
        ScoreBreakdown why = fake.whyHere("httpd");
        assertTrue(why.runningOn().isEmpty());
        assertTrue(why.nodes().stream().allMatch(n -> n.total() <= -io.tandem.cib.Score.INFINITY));
        assertTrue(why.nodes().stream().flatMap(n -> n.contributions().stream())
                .anyMatch(c -> c.source() == ScoreContribution.Source.FAILCOUNT));

        Preview cleanupPreview = fake.preview(new Command.Cleanup(Optional.of("httpd"), Optional.of("node2"), false));
        assertEquals(List.of("Start httpd (node2)"), cleanupPreview.actions().stream().map(PlannedAction::text).toList());
        assertTrue(cleanupPreview.warnings().stream().anyMatch(w -> w.code() == Warning.Code.FAILCOUNT_REMAINS));
        CommandResult cleaned = fake.execute(operator, new Command.Cleanup(Optional.of("httpd"), Optional.of("node2"), false));
        assertEquals(List.of("Cleaned up vip on node2", "Cleaned up httpd on node2", "Waiting for 2 replies from the CRMd.. OK"),
                cleaned.output());
        assertEquals(Optional.of("node2"), nodeOf("httpd"));
        fake.execute(operator, new Command.Cleanup(Optional.of("httpd"), Optional.of("node1"), false));
        assertTrue(fake.snapshot().failCounts().isEmpty());

        Preview nonForced = fake.preview(new Command.Move("web", Optional.of("node1"), false, Optional.empty()));
        assertTrue(nonForced.actions().isEmpty());
        assertTrue(nonForced.warnings().stream().anyMatch(w -> w.code() == Warning.Code.STICKINESS_HOLDS));
        Command forced = new Command.Move("web", Optional.of("node1"), true, Optional.empty());
        Preview forcedPreview = fake.preview(forced);
        assertEquals(List.of("Move vip (node2 -> node1)", "Move httpd (node2 -> node1)"),
                forcedPreview.actions().stream().map(PlannedAction::text).toList());
        assertTrue(forcedPreview.warnings().stream().anyMatch(w -> w.code() == Warning.Code.BAN_BLOCKS_FAILOVER
                && w.args().get(0).equals("cli-ban-web-on-node2")));
        fake.execute(operator, forced);
        assertEquals(Optional.of("node1"), nodeOf("httpd"));
        assertEquals(2, fake.snapshot().constraintsOf("web").size());
        assertTrue(fake.configuration().crm().contains("location cli-ban-web-on-node2 web role=Started -inf: node2"));

        for (int i = 0; i < 3; i++) {
            fake.failResource("httpd", "node1");
        }
        assertEquals(Optional.empty(), nodeOf("httpd"), "the ban blocks failover");
        assertTrue(fake.whyHere("httpd").nodes().stream().flatMap(n -> n.contributions().stream())
                .anyMatch(c -> c.source() == ScoreContribution.Source.COLOCATION));
        assertTrue(fake.whyHere("vip").nodes().stream().flatMap(n -> n.contributions().stream())
                .anyMatch(c -> c.source() == ScoreContribution.Source.BAN));

        fake.execute(operator, new Command.Clear("web", Optional.empty()));
        assertEquals(Optional.of("node2"), nodeOf("httpd"), "unmove: web fails over to node2");
        assertEquals(Optional.of("node2"), nodeOf("vip"));
        assertTrue(fake.snapshot().moveConstraints().isEmpty());
    }

    @Test
    void standbyMovesEverythingOffAndOnlineBringsPingBack() {
        fake.execute(operator, new Command.SetStandby("node1", true));
        assertEquals(Optional.of("node2"), nodeOf("httpd"));
        assertEquals(NodeStatus.STANDBY, fake.snapshot().nodes().get(0).status());
        fake.execute(operator, new Command.SetStandby("node1", false));
        assertEquals(Optional.of("node2"), nodeOf("httpd"), "no failback with stickiness INFINITY");
        assertEquals("1000", fake.snapshot().nodes().get(0).attributes().get("default_ping_set"));
    }

    @Test
    void rolesAreEnforcedInTheFacadeAndRefusalsAudited() {
        Actor viewer = new Actor("victor", Role.VIEWER, "node2");
        assertThrows(AccessDeniedException.class,
                () -> fake.execute(viewer, new Command.SetStandby("node1", true)));
        assertThrows(AccessDeniedException.class,
                () -> fake.execute(operator, new Command.SetClusterMaintenance(true)));
        List<AuditEntry> audit = fake.audit(10);
        assertEquals(2, audit.size());
        assertFalse(audit.get(1).ok());
        assertEquals("victor", audit.get(1).user());
        assertEquals("node2", audit.get(1).fromNode());
    }

    @Test
    void auditRecordsTheDiff() {
        fake.execute(operator, new Command.Move("web", Optional.of("node2"), true, Optional.empty()));
        AuditEntry e = fake.audit(1).get(0);
        assertEquals("crm resource move web node2 force", e.command());
        assertTrue(e.cibDiff().contains("+ location cli-ban-web-on-node1 web role=Started -inf: node1"), e.cibDiff());
    }

    @Test
    void lifetimeExpires() {
        fake.execute(operator, new Command.Move("web", Optional.of("node2"), true, Optional.of(Duration.ofMinutes(5))));
        assertEquals(2, fake.snapshot().moveConstraints().size());
        clock.advance(Duration.ofMinutes(6));
        fake.setGatewayReachable("node1", true);
        assertTrue(fake.snapshot().moveConstraints().isEmpty());
    }

    @Test
    void eraseIsGuarded() {
        Actor admin = new Actor("root", Role.ADMIN, "node1");
        assertFalse(fake.execute(admin, new Command.EraseConfiguration("tutorial")).ok(), "resources run");
        fake.execute(admin, new Command.SetStandby("node1", true));
        fake.execute(admin, new Command.SetStandby("node2", true));
        assertFalse(fake.execute(admin, new Command.EraseConfiguration("wrong")).ok());
        assertTrue(fake.execute(admin, new Command.EraseConfiguration("tutorial")).ok());
        assertTrue(fake.snapshot().resources().isEmpty());
    }

    @Test
    void validationFindsUnknownReferences() {
        List<ConfigProblem> problems = fake.validate("primitive a Dummy\ngroup g a b\nbogus x\n");
        assertEquals(2, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(fake.validate(fake.configuration().crm()).isEmpty());
    }

    @Test
    void subscribersHearEveryChangeUntilRemoved() {
        List<ClusterChange> heard = new java.util.ArrayList<>();
        Registration r = fake.subscribe(heard::add);
        fake.failResource("httpd", "node1");
        fake.execute(operator, new Command.SetStandby("node2", true));
        assertEquals(2, heard.size());
        assertTrue(heard.get(1).version() > heard.get(0).version());
        assertEquals(heard.get(1).version(), fake.snapshot().version());
        r.remove();
        fake.failResource("httpd", "node1");
        assertEquals(2, heard.size());
    }

    @Test
    void historyFiltersByResourceAndNode() {
        fake.failResource("httpd", "node1");
        List<HistoryEvent> httpd = fake.history(new HistoryFilter(Optional.of("httpd"), Optional.empty(), java.util.Set.of(), 100));
        assertFalse(httpd.isEmpty());
        assertTrue(httpd.stream().allMatch(e -> e.resource().orElse("").equals("httpd")));
        assertEquals(HistoryKind.RECOVERY, httpd.get(0).kind(), "newest first: the restart after the failure");
        List<HistoryEvent> joins = fake.history(new HistoryFilter(Optional.empty(), Optional.of("node2"),
                java.util.Set.of(HistoryKind.NODE_JOIN), 100));
        assertEquals(1, joins.size());
    }

    @Test
    void failureRecordsCrmMonFields() {
        fake.failResource("httpd", "node1");
        FailedAction a = fake.snapshot().failedActions().get(0);
        assertEquals("httpd_monitor_10000", a.key());
        assertEquals(7, a.rc());
        assertEquals("not running", a.rcText());
        FailCount f = fake.snapshot().failCounts().get(0);
        assertEquals(1, f.count());
        assertEquals(3, f.migrationThreshold());
        assertFalse(f.exhausted());
    }
}
