package io.tandem.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every source package says what it owns and may import, in a package-info.java. */
class PackageInfoTest {

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        List<Path> missing;
        try (Stream<Path> dirs = Stream.of("src/main/java", "src/launcher/java", "src/serve/java")
                .map(Path::of).filter(Files::isDirectory).flatMap(PackageInfoTest::walk)) {
            missing = dirs.filter(Files::isDirectory).filter(PackageInfoTest::hasJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList();
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
