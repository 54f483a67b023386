package io.tandem.cib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates ../shared (Pacemaker's GPL test data, read in place and never copied into the repository). */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> dir(String sub) {
        String prop = System.getProperty("tandem.shared");
        Path base = prop != null ? Path.of(prop) : Path.of("..", "shared");
        Path p = base.resolve(sub);
        if (Files.isDirectory(p)) {
            return Optional.of(p);
        }
        System.out.println("SKIPPED: " + p.toAbsolutePath() + " is absent (the shared test data); "
                + "the project's own cases still run");
        return Optional.empty();
    }
}
