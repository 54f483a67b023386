package io.tandem.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's HTTP API on a real one-node process: no route answers without the token, bad input is a
 * 400 that changes nothing, a stale version is a 409, and a node without a cluster file refuses to start.
 */
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Every route, with every method it serves. */
    private static final List<String[]> ROUTES = List.of(
            new String[] {"GET", "/api/v1/cib"}, new String[] {"GET", "/api/v1/cib?scope=resources"},
            new String[] {"POST", "/api/v1/cib/resources"}, new String[] {"PUT", "/api/v1/cib/configuration"},
            new String[] {"POST", "/api/v1/cleanup?resource=x"}, new String[] {"GET", "/api/v1/attributes?name=a"},
            new String[] {"POST", "/api/v1/attributes?name=a&value=1"}, new String[] {"DELETE", "/api/v1/attributes?name=a"},
            new String[] {"GET", "/api/v1/node"}, new String[] {"GET", "/api/v1/metrics"}, new String[] {"GET", "/metrics"},
            new String[] {"GET", "/api/v1/no-such-route"}, new String[] {"GET", "/api/"});

    @TempDir
    Path tmp;

    @Test
    void everyRouteNeedsTheTokenAndBadInputChangesNothing() throws Exception {
        Path data = tmp.resolve("data");
        int port = Processes.freePort();
        ProcessBuilder pb = new ProcessBuilder(Processes.java(), "-Djava.net.preferIPv4Stack=true", "-jar",
                Processes.war().toString(), "serve", "--port", Integer.toString(port), "--data-dir", data.toString(),
                "--node", "apinode", "--single-node", "--cluster-conf", tmp.resolve("none.conf").toString())
                .redirectErrorStream(true);
        pb.environment().put("TANDEM_CACHE", Processes.cache().toString());
        Process p = pb.start();
        StringBuffer log = new StringBuffer();
        try {
            Processes.lines(p, log);
            String base = "http://127.0.0.1:" + port;
            Path tokenFile = data.resolve("api.token");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(tokenFile) && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(200);
            }
            assertTrue(Files.exists(tokenFile), "the node wrote its token:\n" + log);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
            String token = Files.readString(tokenFile).strip();
            Processes.awaitPage(base + "/", p, Duration.ofSeconds(60), log);

            for (String[] route : ROUTES) {
                for (String auth : new String[] {null, "Bearer wrong", "Basic " + token, "Bearer " + token + "x"}) {
                    HttpResponse<String> r = call(route[0], base + route[1], auth, "<resources/>");
                    assertEquals(401, r.statusCode(), route[0] + " " + route[1] + " with " + auth + ": " + r.body());
                    assertTrue(r.body().contains("token"), "the refusal says why: " + r.body());
                }
            }

            String auth = "Bearer " + token;
            HttpResponse<String> node = call("GET", base + "/api/v1/node", auth, null);
            assertEquals(200, node.statusCode(), node.body());
            assertTrue(node.body().contains("node=apinode\n") && node.body().contains("quorate=1"), node.body());
            String before = call("GET", base + "/api/v1/cib", auth, null).body();

            HttpResponse<String> notXml = call("POST", base + "/api/v1/cib/resources", auth, "<resources>");
            assertEquals(400, notXml.statusCode(), notXml.body());
            HttpResponse<String> wrongRoot = call("POST", base + "/api/v1/cib/resources", auth, "<constraints/>");
            assertEquals(400, wrongRoot.statusCode(), wrongRoot.body());
            assertTrue(wrongRoot.body().contains("<constraints>"), wrongRoot.body());
            HttpResponse<String> invalid = call("POST", base + "/api/v1/cib/resources", auth,
                    "<resources><primitive id=\"x\" class=\"ocf\" provider=\"heartbeat\"/></resources>");
            assertEquals(400, invalid.statusCode(), invalid.body());
            HttpResponse<String> badLifetime = call("POST", base + "/api/v1/attributes?name=a&value=1&lifetime=soon",
                    auth, null);
            assertEquals(400, badLifetime.statusCode(), badLifetime.body());
            assertTrue(badLifetime.body().contains("soon"), badLifetime.body());
            HttpResponse<String> badVersion = call("POST", base + "/api/v1/cib/resources?version=latest", auth,
                    "<resources/>");
            assertEquals(400, badVersion.statusCode(), badVersion.body());
            assertEquals(epoch(before), epoch(call("GET", base + "/api/v1/cib", auth, null).body()),
                    "nothing was applied");

            HttpResponse<String> noResource = call("POST", base + "/api/v1/cleanup", auth, null);
            assertEquals(400, noResource.statusCode(), noResource.body());
            HttpResponse<String> unknown = call("POST", base + "/api/v1/cleanup?resource=ghost", auth, null);
            assertEquals(404, unknown.statusCode(), unknown.body());
            assertTrue(unknown.body().contains("ghost"), unknown.body());

            HttpResponse<String> stale = call("POST", base + "/api/v1/cib/resources?version=0:0:0", auth,
                    "<resources/>");
            assertEquals(409, stale.statusCode(), stale.body());
            assertTrue(stale.body().contains("changed since it was read"), stale.body());

            HttpResponse<String> good = call("POST", base + "/api/v1/cib/crm_config", auth,
                    "<crm_config><cluster_property_set id=\"o\"><nvpair id=\"o-s\" name=\"stonith-enabled\" value=\"false\"/>"
                            + "</cluster_property_set></crm_config>");
            assertEquals(200, good.statusCode(), good.body());
            assertNotEquals(epoch(before), epoch(call("GET", base + "/api/v1/cib", auth, null).body()));

            HttpResponse<String> metrics = call("GET", base + "/metrics", auth, null);
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("ha_cluster_corosync_quorate 1"), metrics.body());
            assertTrue(metrics.body().contains("ha_cluster_pacemaker_nodes{node=\"apinode\",type=\"member\",status=\"online\"} 1"),
                    metrics.body());
            assertTrue(metrics.body().contains("ha_cluster_pacemaker_stonith_enabled 0"), metrics.body());
        } finally {
            Processes.stop(p);
        }
        assertTrue(!Files.exists(data.resolve("api.token")), "a stopped node leaves no token behind");
    }

    @Test
    void aNodeWithoutAClusterFileRefusesToStartAndSaysWhy() throws Exception {
        Path conf = tmp.resolve("missing.conf");
        Processes.Result r = Processes.runWar(Map.of(), "serve", "--port", Integer.toString(Processes.freePort()),
                "--data-dir", tmp.resolve("d").toString(), "--node", "lonely", "--cluster-conf", conf.toString());
        assertNotEquals(0, r.exitCode());
        assertTrue((r.out() + r.err()).contains("no cluster configuration at " + conf), r.out() + r.err());
    }

    private static String epoch(String cibXml) {
        return cibXml.replaceAll("(?s).*?<cib[^>]* epoch=\"(\\d+)\".*", "$1");
    }

    private static HttpResponse<String> call(String method, String url, String auth, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
