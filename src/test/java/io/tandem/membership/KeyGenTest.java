package io.tandem.membership;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyGenTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return KeyGen.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesARandomOwnerReadOnlyKey(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("etc/authkey");
        assertEquals(0, run("-k", key.toString(), "-l"));
        assertEquals(KeyGen.DEFAULT_BYTES, Files.size(key));
        assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(key.toString()));
        ClusterKey loaded = ClusterKey.load(key);
        assertEquals(8, loaded.fingerprint().length());
    }

    @Test
    void refusesToOverwriteUnlessForced(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("authkey");
        assertEquals(0, run("-k", key.toString()));
        byte[] first = Files.readAllBytes(key);
        assertEquals(1, run("-k", key.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--force"));
        assertArrayEquals(first, Files.readAllBytes(key));
        assertEquals(0, run("-k", key.toString(), "--force", "-s", "128"));
        byte[] second = Files.readAllBytes(key);
        assertEquals(128, second.length);
        assertFalse(java.util.Arrays.equals(first, java.util.Arrays.copyOf(second, first.length)));
        assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void rejectsBadArguments(@TempDir Path dir) {
        assertEquals(2, run("--bogus"));
        assertEquals(2, run("-k"));
        assertEquals(2, run("-k", dir.resolve("k").toString(), "-s", "16"));
        assertFalse(Files.exists(dir.resolve("k")));
    }

    @Test
    void keysAreLongEnoughAndDerivedKeysDifferByPurpose() {
        assertThrows(IllegalArgumentException.class, () -> ClusterKey.of(new byte[64]));
        ClusterKey k = ClusterKey.of(new byte[128]);
        assertNotEquals(java.util.HexFormat.of().formatHex(k.derive("a")), java.util.HexFormat.of().formatHex(k.derive("b")));
        assertFalse(k.toString().contains("00000000000000"), "the secret never shows in logs");
    }
}
