package io.tandem.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same WAR, unchanged, in a stock Jetty 12.1 (jetty-home unpacked by the build into target/) with
 * the base from deploy/jetty-base: the app answers and the node starts with its data in the base.
 */
class JettyBaseIT {

    @Test
    void theWarRunsInAStockJetty() throws Exception {
        Path home;
        try (Stream<Path> s = Files.list(Path.of("target", "jetty-home"))) {
            home = s.filter(p -> p.getFileName().toString().startsWith("jetty-home-")).findFirst()
                    .orElseThrow(() -> new AssertionError("jetty-home was not unpacked into target/jetty-home"));
        }
        Path base = Path.of("target", "it-jetty-base").toAbsolutePath();
        copyTree(Path.of("deploy", "jetty-base"), base);
        Files.createDirectories(base.resolve("webapps"));
        Files.copy(Processes.war(), base.resolve("webapps/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        int port = Processes.freePort();
        ProcessBuilder pb = new ProcessBuilder(Processes.java(), "-jar", home.resolve("start.jar").toAbsolutePath().toString(),
                "jetty.http.port=" + port).directory(base.toFile()).redirectErrorStream(true);
        pb.environment().put("JETTY_BASE", base.toString());
        Process p = pb.start();
        StringBuffer transcript = new StringBuffer();
        try {
            Processes.lines(p, transcript);
            String url = "http://127.0.0.1:" + port + "/";
            HttpResponse<String> page = Processes.awaitPage(url, p, Duration.ofSeconds(120), transcript);
            assertTrue(page.body().contains("window.Vaadin"), page.body());
            String init = Processes.get(url + "?v-r=init&location=").body();
            assertTrue(init.contains("\"pushMode\",\"feat\":5,\"value\":\"AUTOMATIC\""), init);
            assertTrue(transcript.toString().contains("msg=\"node started\""), transcript.toString());
            assertTrue(Files.exists(base.resolve("data/cib.mv.db")), "the node's store is in ${jetty.base}/data");
        } finally {
            Processes.stop(p);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path src : (Iterable<Path>) s::iterator) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
