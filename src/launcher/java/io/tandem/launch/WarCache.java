package io.tandem.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The WAR's class path unpacked once into a cache directory, because a URLClassLoader cannot read jars
 * nested in a jar. The directory name carries the WAR's size and mtime, so a rebuilt WAR gets a fresh
 * copy. Two first runs may race: each unpacks into its own temporary directory and renames it into place
 * atomically; the loser deletes its copy and uses the winner's.
 */
final class WarCache {

    private static final List<String> PREFIXES = List.of("WEB-INF/classes/", "WEB-INF/lib/", "WEB-INF/launcher/");

    private final Path dir;

    private WarCache(Path dir) {
        this.dir = dir;
    }

    static WarCache forWar(Path war) {
        try {
            String key = "war-" + Files.size(war) + "-" + Files.getLastModifiedTime(war).toMillis();
            Path target = root().resolve(key);
            if (!Files.isDirectory(target)) {
                unpack(war, target);
            }
            return new WarCache(target);
        } catch (IOException | UncheckedIOException e) {
            throw new LaunchException(1, "cannot unpack " + war + " into the cache " + root()
                    + " (set TANDEM_CACHE to a writable directory): " + e.getMessage());
        }
    }

    /** $TANDEM_CACHE, else $XDG_CACHE_HOME/tandem, else ~/.cache/tandem. */
    static Path root() {
        String explicit = System.getenv("TANDEM_CACHE");
        if (explicit != null && !explicit.isEmpty()) {
            return Paths.get(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Paths.get(xdg, "tandem");
        }
        return Paths.get(System.getProperty("user.home"), ".cache", "tandem");
    }

    private static void unpack(Path war, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp-");
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || PREFIXES.stream().noneMatch(e.getName()::startsWith)) {
                    continue;
                }
                Path out = tmp.resolve(e.getName()).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("entry escapes the cache directory: " + e.getName());
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, out);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // rename(2) onto a non-empty directory fails with ENOTEMPTY, which the JDK reports as a
                // plain FileSystemException: another first run won the race, and its copy is complete
                // because it was renamed into place whole
                if (!Files.isDirectory(target)) {
                    throw e;
                }
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(q);
            }
        }
    }

    Path dir() {
        return dir;
    }

    /** WEB-INF/classes then WEB-INF/lib: our classes are found first, so most tools never open a jar. */
    URLClassLoader toolLoader() {
        List<Path> path = new ArrayList<>();
        path.add(dir.resolve("WEB-INF/classes"));
        path.addAll(jars(dir.resolve("WEB-INF/lib")));
        return loader("tandem-tools", path);
    }

    /** Jetty, slf4j and the embedded-Jetty driver; the webapp gets its own loader from Jetty. */
    URLClassLoader jettyLoader() {
        List<Path> path = new ArrayList<>();
        path.add(dir.resolve("WEB-INF/launcher/classes"));
        path.addAll(jars(dir.resolve("WEB-INF/launcher")));
        return loader("tandem-jetty", path);
    }

    private static List<Path> jars(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> out = new ArrayList<>();
            s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new LaunchException(1, "the cached WAR at " + folder.getParent() + " is incomplete (" + e
                    + "); delete it and retry");
        }
    }

    private static URLClassLoader loader(String name, List<Path> path) {
        URL[] urls = new URL[path.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = path.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new LaunchException(1, "bad class path entry " + path.get(i));
            }
        }
        return new URLClassLoader(name, urls, ClassLoader.getPlatformClassLoader());
    }
}
