package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** lsb: init scripts, with status mapped to OCF; and the classes Tandem does not run. */
class LsbAgentTest {

    private static final Duration T10 = Duration.ofSeconds(10);
    private TestNode node;
    private AgentInvoker invoker;
    private Path state;

    @BeforeEach
    void setUp() throws IOException {
        node = TestNode.create("lsb");
        Path initd = Files.createDirectories(node.dir.resolve("init.d"));
        state = node.dir.resolve("svc.running");
        Path script = initd.resolve("svc");
        Files.writeString(script, "#!/bin/sh\ncase \"$1\" in\n"
                + " start) touch '" + state + "';;\n stop) rm -f '" + state + "';;\n"
                + " status) [ -f '" + state + "' ] && exit 0 || exit 3;;\n *) exit 3;;\nesac\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        AgentLocator locator = new AgentLocator(node.env.agentDirs(), initd, Path.of("/nonexistent/systemctl"), false);
        invoker = new AgentInvoker(node.env, locator, node.runner);
    }

    @AfterEach
    void tearDown() throws IOException {
        node.close();
    }

    private OperationResult run(AgentId agent, String action) {
        ResourceDefinition rsc = new ResourceDefinition("svc", agent, Map.of());
        return invoker.invoke(rsc, OperationRequest.of("svc", action, T10));
    }

    @Test
    void initScriptStartMonitorStop() {
        AgentId svc = new AgentId("lsb", null, "svc");
        assertEquals(OcfRc.NOT_RUNNING, run(svc, "monitor").rc(), "LSB status 3 is OCF not running");
        assertEquals(OcfRc.OK, run(svc, "start").rc());
        assertEquals(OcfRc.OK, run(svc, "monitor").rc());
        assertEquals(OcfRc.OK, run(svc, "stop").rc());
        assertEquals(OcfRc.NOT_RUNNING, run(svc, "monitor").rc());
        assertTrue(MetadataParser.parse(run(svc, "meta-data").output()).supports("start"));
    }

    @Test
    void unsupportedAndUnavailableClasses() {
        OperationResult systemd = run(new AgentId("service", null, "nginx"), "start");
        assertEquals(OcfRc.ERR_INSTALLED, systemd.rc());
        assertTrue(systemd.exitReason().contains("systemd is not running"));
        OperationResult stonith = run(AgentId.parse("stonith:fence_xvm"), "monitor");
        assertEquals(ExecStatus.NOT_SUPPORTED, stonith.status());
        OperationResult odd = run(AgentId.parse("nagios:check_http"), "monitor");
        assertEquals(ExecStatus.NOT_SUPPORTED, odd.status());
        assertEquals(List.of("ocf", "heartbeat", "IPaddr2"), List.of(AgentId.parse("ocf:heartbeat:IPaddr2").standard(),
                AgentId.parse("ocf:heartbeat:IPaddr2").provider(), AgentId.parse("ocf:heartbeat:IPaddr2").type()));
    }
}
