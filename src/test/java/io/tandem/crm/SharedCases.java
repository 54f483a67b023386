package io.tandem.crm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates ../shared (GPL test data read in place, never copied into the repository). */
final class SharedCases {
    private SharedCases() {
    }

    /** The expected outputs were made with Debian's resource-agents; without them the agent checks differ. */
    static boolean agentsInstalled() {
        boolean ok = Files.isDirectory(Path.of("/usr/lib/ocf/resource.d/heartbeat"));
        if (!ok) {
            System.out.println("SKIPPED: /usr/lib/ocf/resource.d/heartbeat is absent (install resource-agents)");
        }
        return ok;
    }

    static Optional<Path> dir(String sub) {
        String prop = System.getProperty("tandem.shared");
        Path base = prop != null ? Path.of(prop) : Path.of("..", "shared");
        Path p = base.resolve(sub);
        if (Files.isDirectory(p)) {
            return Optional.of(p);
        }
        System.out.println("SKIPPED: " + p.toAbsolutePath() + " is absent");
        return Optional.empty();
    }
}
