package io.tandem.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/bin has exactly one executable wrapper per registered tool, all the same script. */
class ToolWrappersTest {

    @Test
    void oneIdenticalExecutableWrapperPerTool() throws Exception {
        Path bin = Path.of("deploy", "bin");
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(bin)) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        Set<String> tools = new TreeSet<>(ToolRegistry.standard().entries().stream().map(ToolEntry::name).toList());
        assertEquals(tools, files);
        List<String> contents = files.stream().map(f -> read(bin.resolve(f))).distinct().toList();
        assertEquals(1, contents.size(), "the wrappers differ; copy one over the others");
        for (String f : files) {
            assertTrue(Files.isExecutable(bin.resolve(f)), f + " is not executable");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
