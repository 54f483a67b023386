package io.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online tools' command lines, as Pacemaker's agents use them, mapped onto the node API. */
class OnlineToolsTest {

    private final FakeNode node;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    OnlineToolsTest() throws Exception {
        node = new FakeNode();
    }

    @AfterEach
    void close() {
        node.close();
    }

    private int run(Tool tool, String name, Map<String, String> env, String... args) {
        ToolContext ctx = new ToolContext(name, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), env, tmp);
        return tool.run(List.of(args), ctx);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pingsCallsMapToAttrdUpdates() {
        AttrdUpdater t = new AttrdUpdater(node.client());
        assertEquals(0, run(t, "attrd_updater", Map.of(), "-n", "default_ping_set", "-B", "1000", "-d", "5s"));
        assertEquals("POST /api/v1/attributes?name=default_ping_set&dampen=5s&value=1000", node.last());
        assertEquals(0, run(t, "attrd_updater", Map.of(), "-n", "default_ping_set", "-v", "0", "-d", "5s"));
        assertEquals("POST /api/v1/attributes?name=default_ping_set&dampen=5s&value=0", node.last());
        assertEquals(0, run(t, "attrd_updater", Map.of(), "-D", "-n", "default_ping_set", "-d", "5s"));
        assertEquals("POST /api/v1/attributes?name=default_ping_set&dampen=5s&delete=true", node.last());
        assertEquals(0, run(t, "attrd_updater", Map.of(), "-n", "x", "-Y", "-d", "2s", "-N", "node2", "-l", "forever"));
        assertEquals("POST /api/v1/attributes?name=x&node=node2&lifetime=forever&dampen=2s", node.last());
    }

    @Test
    void attrdUpdaterRefusesIncompleteCommandsWithoutCallingTheNode() {
        AttrdUpdater t = new AttrdUpdater(node.client());
        assertEquals(ExitCode.USAGE, run(t, "attrd_updater", Map.of(), "-n", "x", "-Y"));
        assertEquals(ExitCode.USAGE, run(t, "attrd_updater", Map.of(), "-U", "1"));
        assertEquals(ExitCode.USAGE, run(t, "attrd_updater", Map.of(), "-n", "x", "-U", "1", "-D"));
        assertTrue(node.requests.isEmpty(), node.requests.toString());
    }

    @Test
    void queriesPrintAttrdUpdatersFormatAndAMissingAttributeIsNoSuch() {
        node.answer("GET /api/v1/attributes", 200, "name=\"x\" host=\"node1\" value=\"7\"\n");
        AttrdUpdater t = new AttrdUpdater(node.client());
        assertEquals(0, run(t, "attrd_updater", Map.of(), "-n", "x", "-Q"));
        assertEquals("name=\"x\" host=\"node1\" value=\"7\"\n", out());
        node.answer("GET /api/v1/attributes", 404, "attribute 'x' is not set on node node1\n");
        assertEquals(ExitCode.NOSUCH, run(t, "attrd_updater", Map.of(), "-n", "x", "-Q", "-A"));
        assertEquals("GET /api/v1/attributes?name=x&all=true", node.last());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("attribute does not exist"));
    }

    @Test
    void promotionScoresAreTransientMasterAttributesOfTheLocalNode() {
        node.answer("GET /api/v1/node", 200, "node=node3\nid=3\ndc=node1\nquorate=1\nmembers=1:node1,3:node3\n");
        CrmAttribute t = new CrmAttribute(node.client());
        assertEquals(0, run(t, "crm_attribute", Map.of("OCF_RESOURCE_INSTANCE", "db:1"), "-p", "-v", "100"));
        assertEquals("POST /api/v1/attributes?name=master-db&node=node3&lifetime=reboot&value=100", node.last());
        assertEquals(0, run(t, "crm_attribute", Map.of(), "-N", "node1", "-n", "site", "-v", "a", "-l", "forever"));
        assertEquals("POST /api/v1/attributes?name=site&node=node1&lifetime=forever&value=a", node.last());
        assertEquals(0, run(t, "crm_attribute", Map.of(), "-N", "node1", "-n", "site", "-D", "-l", "reboot"));
        assertEquals("POST /api/v1/attributes?name=site&node=node1&lifetime=reboot&delete=true", node.last());
    }

    @Test
    void clusterPropertiesAreEditedAgainstTheVersionRead() {
        node.answer("GET /api/v1/cib", 200, "<cib admin_epoch=\"0\" epoch=\"4\" num_updates=\"9\"><configuration>"
                + "<crm_config/></configuration><status/></cib>");
        CrmAttribute t = new CrmAttribute(node.client());
        assertEquals(0, run(t, "crm_attribute", Map.of(), "-t", "crm_config", "-n", "stonith-enabled", "-v", "false"));
        assertEquals("POST /api/v1/cib/crm_config?version=0:4:9", node.last());
        String body = node.bodies.get(node.bodies.size() - 1);
        assertTrue(body.contains("id=\"cib-bootstrap-options\"") && body.contains("name=\"stonith-enabled\"")
                && body.contains("value=\"false\""), body);
    }

    @Test
    void crmNodeReadsTheNodesView() {
        node.answer("GET /api/v1/node", 200, "node=node3\nid=3\ndc=node1\nquorate=0\nmembers=1:node1,3:node3\n");
        node.answer("GET /api/v1/cib", 200, "<nodes><node id=\"1\" uname=\"node1\"/><node id=\"2\" uname=\"node2\"/>"
                + "<node id=\"3\" uname=\"node3\"/></nodes>");
        CrmNode t = new CrmNode(node.client());
        assertEquals(0, run(t, "crm_node", Map.of(), "-n"));
        assertEquals(0, run(t, "crm_node", Map.of(), "-q"));
        assertEquals(0, run(t, "crm_node", Map.of(), "-p"));
        assertEquals(0, run(t, "crm_node", Map.of(), "-l"));
        assertEquals("node3\n0\nnode1 node3\n1 node1 member\n3 node3 member\n2 node2 lost\n", out());
    }

    @Test
    void withoutARunningNodeTheErrorNamesWhatIsMissing() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        int rc = run(new CrmNode(ClientFactory.standard()), "crm_node", Map.of("TANDEM_DATA_DIR", data.toString()), "-n");
        assertEquals(ExitCode.NOT_CONNECTED, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(data.resolve("api.token") + " does not exist"),
                err.toString(StandardCharsets.UTF_8));
        Files.writeString(data.resolve("api.token"), "t\n");
        Files.writeString(data.resolve("api.url"), "http://127.0.0.1:1\n");
        err.reset();
        rc = run(new CrmNode(ClientFactory.standard()), "crm_node", Map.of("TANDEM_DATA_DIR", data.toString()), "-n");
        assertEquals(ExitCode.NOT_CONNECTED, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no node answers at http://127.0.0.1:1"),
                err.toString(StandardCharsets.UTF_8));
    }
}
