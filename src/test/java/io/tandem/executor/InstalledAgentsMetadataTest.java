package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** meta-data of every installed heartbeat and pacemaker agent, and of Tandem's own: never a crash. */
class InstalledAgentsMetadataTest {

    private TestNode node;

    @BeforeEach
    void setUp() throws IOException {
        node = TestNode.create("md");
    }

    @AfterEach
    void tearDown() throws IOException {
        node.close();
    }

    private static List<AgentId> agents(Path dir, String provider) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(provider))) {
            return s.filter(Files::isRegularFile).filter(Files::isExecutable)
                    .map(p -> AgentId.ocf(provider, p.getFileName().toString())).sorted(
                            java.util.Comparator.comparing(AgentId::type)).toList();
        }
    }

    @Test
    void everyInstalledAgent() throws Exception {
        Path ocf = Path.of("/usr/lib/ocf/resource.d");
        Assumptions.assumeTrue(Files.isDirectory(ocf.resolve("heartbeat")), "resource-agents is not installed");
        List<AgentId> all = new ArrayList<>(agents(ocf, "heartbeat"));
        if (Files.isDirectory(ocf.resolve("pacemaker"))) {
            all.addAll(agents(ocf, "pacemaker"));
        }
        List<String> parsed = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (AgentId a : all) {
                fs.add(pool.submit(() -> {
                    OperationResult r = node.invoker.metaData(a);
                    try {
                        AgentMetadata md = MetadataParser.parse(r.output());
                        parsed.add(a.type() + ":" + md.parameters().size());
                    } catch (MetadataException e) {
                        refused.add(a.type() + " (" + r.summary() + "): " + e.getMessage());
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("meta-data: %d agents, %d parsed, %d refused as errors%n", all.size(), parsed.size(), refused.size());
        refused.forEach(r -> System.out.println("  refused: " + r));
        assertEquals(all.size(), parsed.size() + refused.size());
        assertTrue(parsed.size() >= all.size() * 9 / 10, "most agents parse: " + refused);
        assertTrue(parsed.stream().anyMatch(p -> p.startsWith("IPaddr2:")));
        assertTrue(parsed.stream().anyMatch(p -> p.startsWith("apache:")));
        assertTrue(parsed.stream().anyMatch(p -> p.startsWith("ping:")));
    }

    @Test
    void tandemsOwnAgents() {
        for (String type : List.of("webserver", "floatip", "pingd")) {
            AgentId a = AgentId.ocf("tandem", type);
            AgentMetadata md = MetadataParser.parse(node.invoker.metaData(a).output());
            assertEquals(type, md.name());
            assertEquals("1.1", md.ocfVersion());
            for (String action : List.of("start", "stop", "monitor", "validate-all", "meta-data")) {
                assertTrue(md.supports(action), type + " " + action);
            }
        }
    }
}
