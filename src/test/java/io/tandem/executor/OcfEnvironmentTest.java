package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcfEnvironmentTest {

    private final NodeEnvironment node = NodeEnvironment.standard("node1", Path.of("/var/lib/tandem/n1"),
            Path.of("/opt/tandem/bin"), List.of());

    @Test
    void pacemakersVariablesAreAllThere() {
        ResourceDefinition rsc = new ResourceDefinition("ping:1", AgentId.ocf("pacemaker", "ping"),
                Map.of("host_list", "10.77.0.1", "multiplier", "1000"),
                Map.of("clone", "1", "clone-max", "2", "clone-node-max", "1", "globally-unique", "true", "notify", "false"));
        OperationRequest op = OperationRequest.recurring("ping:1", "monitor", Duration.ofSeconds(10), Duration.ofSeconds(20));
        Map<String, String> env = OcfEnvironment.build(node, rsc, op);

        assertEquals("/usr/lib/ocf", env.get("OCF_ROOT"));
        assertEquals("1", env.get("OCF_RA_VERSION_MAJOR"));
        assertEquals("1", env.get("OCF_RA_VERSION_MINOR"));
        assertEquals("ocf-exit-reason:", env.get("OCF_EXIT_REASON_PREFIX"));
        assertEquals("ping:1", env.get("OCF_RESOURCE_INSTANCE"));
        assertEquals("ping", env.get("OCF_RESOURCE_TYPE"));
        assertEquals("pacemaker", env.get("OCF_RESOURCE_PROVIDER"));
        assertEquals("10.77.0.1", env.get("OCF_RESKEY_host_list"));
        assertEquals("1000", env.get("OCF_RESKEY_multiplier"));
        assertEquals("10000", env.get("OCF_RESKEY_CRM_meta_interval"));
        assertEquals("20000", env.get("OCF_RESKEY_CRM_meta_timeout"));
        assertEquals("monitor", env.get("OCF_RESKEY_CRM_meta_name"));
        assertEquals("node1", env.get("OCF_RESKEY_CRM_meta_on_node"));
        assertEquals("1", env.get("OCF_RESKEY_CRM_meta_clone"));
        assertEquals("2", env.get("OCF_RESKEY_CRM_meta_clone_max"));
        assertEquals("1", env.get("OCF_RESKEY_CRM_meta_clone_node_max"));
        assertEquals("true", env.get("OCF_RESKEY_CRM_meta_globally_unique"));
        assertEquals("false", env.get("OCF_RESKEY_CRM_meta_notify"));
        assertEquals(NodeEnvironment.DEFAULT_FEATURE_SET, env.get("OCF_RESKEY_crm_feature_set"));
        assertEquals("/var/lib/tandem/n1/rsctmp", env.get("HA_RSCTMP"));
        assertEquals("/var/lib/tandem/n1/run", env.get("HA_VARRUN"));
        assertEquals("/var/lib/tandem/n1/agents.log", env.get("HA_LOGFILE"));
        assertEquals("/opt/tandem/bin", env.get("HA_SBIN_DIR"));
        assertTrue(env.get("PATH").startsWith("/opt/tandem/bin:"), env.get("PATH"));
    }

    @Test
    void probeHasIntervalZeroAndNothingFromTheJvmLeaksIn() {
        ResourceDefinition rsc = new ResourceDefinition("d", TestNode.DUMMY, Map.of());
        Map<String, String> env = OcfEnvironment.build(node, rsc, OperationRequest.of("d", "monitor", Duration.ofSeconds(5)));
        assertEquals("0", env.get("OCF_RESKEY_CRM_meta_interval"));
        assertFalse(env.containsKey("JAVA_HOME"));
        assertFalse(env.containsKey("CLASSPATH"));
    }

    @Test
    void namesThatCannotBeEnvironmentVariablesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ResourceDefinition("d", TestNode.DUMMY, Map.of("a=b", "x")));
        assertThrows(IllegalArgumentException.class, () -> new ResourceDefinition("d", TestNode.DUMMY, Map.of("a", "x\0y")));
        assertThrows(IllegalArgumentException.class, () -> AgentId.ocf("heartbeat", "../../bin/sh"));
    }
}
