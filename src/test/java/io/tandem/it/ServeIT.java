package io.tandem.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibVersion;
import io.tandem.store.H2CibStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar tandem.war serve}: embedded Jetty starts the Vaadin app and the node, and stops both. */
class ServeIT {

    @TempDir
    Path tmp;

    @Test
    void servesTheAppAndRunsTheNode() throws Exception {
        Path data = tmp.resolve("data");
        ProcessBuilder pb = new ProcessBuilder(Processes.java(), "-jar", Processes.war().toString(), "serve",
                "--port", "0", "--data-dir", data.toString(), "--node", "it1").redirectErrorStream(true);
        pb.environment().put("TANDEM_CACHE", Processes.cache().toString());
        long start = System.nanoTime();
        Process p = pb.start();
        StringBuffer transcript = new StringBuffer();
        try {
            BlockingQueue<String> lines = Processes.lines(p, transcript);
            String url = null;
            while (url == null) {
                String line = lines.poll(120, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("no 'serving' line:\n" + transcript);
                }
                if (line.startsWith("tandem: serving ")) {
                    url = line.substring("tandem: serving ".length());
                }
            }
            assertTrue(url.startsWith("http://127.0.0.1:"), "binds loopback by default: " + url);
            HttpResponse<String> page = Processes.awaitPage(url, p, Duration.ofSeconds(30), transcript);
            System.out.printf("serve: first page after %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertTrue(page.body().contains("window.Vaadin"), page.body());
            // Vaadin's bootstrap JSON: the UI started, and @Push on the AppShell is in effect
            String init = Processes.get(url + "?v-r=init&location=").body();
            assertTrue(init.contains("\"pushMode\",\"feat\":5,\"value\":\"AUTOMATIC\""), init);
            assertEquals(404, Processes.get(url + "WEB-INF/launcher/classes/io/tandem/launch/jetty/EmbeddedJetty.class")
                    .statusCode());
            assertTrue(transcript.toString().contains("msg=\"node started\" node=it1"), transcript.toString());
            Browser.assertHomePageRendersWithPush(url);
        } finally {
            Processes.stop(p);
        }
        // the node stopped and released its store: it opens, and holds the empty CIB the node created
        try (H2CibStore store = H2CibStore.open(data, InstantSource.fixed(java.time.Instant.EPOCH))) {
            assertEquals(new CibVersion(0, 1, 0), store.current().orElseThrow().version());
        }
    }

    @Test
    void badOptionsFailFastWithAClearMessage() throws Exception {
        Processes.Result port = Processes.runWar(java.util.Map.of(), "serve", "--port", "http");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("--port must be a number, got 'http'"), port.err());
        Processes.Result unknown = Processes.runWar(java.util.Map.of(), "serve", "--colour", "blue");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown option '--colour'"), unknown.err());
        assertTrue(List.of(unknown.err().split("\n")).stream().anyMatch(l -> l.startsWith("usage:")), unknown.err());
    }
}
