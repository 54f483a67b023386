package io.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CibStoreTest extends CibStoreContract {

    @TempDir
    Path tmp;
    private final List<H2CibStore> opened = new ArrayList<>();

    @Override
    CibStore store(InstantSource clock) {
        H2CibStore s = H2CibStore.open(tmp.resolve("data-" + opened.size()), clock);
        opened.add(s);
        return s;
    }

    @AfterEach
    void close() {
        opened.forEach(H2CibStore::close);
    }

    @Test
    void survivesAReopen() {
        Path dir = tmp.resolve("node");
        try (H2CibStore s = H2CibStore.open(dir, InstantSource.fixed(T0))) {
            s.replace(cib(3, 0, IP, ""), ADMIN);
        }
        try (H2CibStore s = H2CibStore.open(dir, InstantSource.fixed(T0))) {
            assertEquals(new CibVersion(0, 3, 0), s.current().orElseThrow().version());
            assertEquals(cib(3, 0, IP, "").toXml(), s.current().orElseThrow().toXml());
            assertEquals(1, s.changes(5).size());
        }
    }

    @Test
    void directoryIsPrivateAndFilesToo() throws Exception {
        Path dir = tmp.resolve("private");
        try (H2CibStore s = H2CibStore.open(dir, InstantSource.fixed(T0))) {
            s.replace(cib(1, 0, "", ""), ADMIN);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
                }
            }
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryFailsClearly() {
        Path dir = tmp.resolve("shared");
        try (H2CibStore first = H2CibStore.open(dir, InstantSource.fixed(T0))) {
            StoreException e = assertThrows(StoreException.class, () -> H2CibStore.open(dir, InstantSource.fixed(T0)).close());
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        }
        H2CibStore.open(dir, InstantSource.fixed(T0)).close(); // closing released it
    }
}
