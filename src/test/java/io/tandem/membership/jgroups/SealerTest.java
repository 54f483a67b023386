package io.tandem.membership.jgroups;

import io.tandem.membership.ClusterKey;
import io.tandem.membership.SecurityMode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealerTest {
    private static ClusterKey key(long seed) {
        byte[] b = new byte[128];
        new Random(seed).nextBytes(b);
        return ClusterKey.of(b);
    }

    private static final byte[] PLAIN = "join request from node3".getBytes(StandardCharsets.UTF_8);

    @Test
    void sameKeyOpensWhatItSealedAndHidesItWhenEncrypting() throws Exception {
        Sealer s = new Sealer(SecurityMode.ENCRYPT, key(1), "c");
        byte[] sealed = s.seal(PLAIN, 0, PLAIN.length);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("node3"));
        assertArrayEquals(PLAIN, new Sealer(SecurityMode.ENCRYPT, key(1), "c").open(sealed, 0, sealed.length));
        Sealer auth = new Sealer(SecurityMode.AUTHENTICATE, key(1), "c");
        byte[] signed = auth.seal(PLAIN, 0, PLAIN.length);
        assertArrayEquals(PLAIN, auth.open(signed, 0, signed.length));
    }

    @Test
    void anotherKeyAnotherClusterOrATamperedByteIsRejectedWithAReason() {
        for (SecurityMode mode : new SecurityMode[] {SecurityMode.ENCRYPT, SecurityMode.AUTHENTICATE}) {
            byte[] sealed = new Sealer(mode, key(1), "c").seal(PLAIN, 0, PLAIN.length);
            SealException wrongKey = assertThrows(SealException.class,
                    () -> new Sealer(mode, key(2), "c").open(sealed, 0, sealed.length));
            assertTrue(wrongKey.getMessage().contains("different cluster key"), wrongKey.getMessage());
            assertThrows(SealException.class, () -> new Sealer(mode, key(1), "other").open(sealed, 0, sealed.length));
            byte[] tampered = sealed.clone();
            tampered[tampered.length / 2] ^= 1;
            assertThrows(SealException.class, () -> new Sealer(mode, key(1), "c").open(tampered, 0, tampered.length));
        }
        byte[] authOnly = new Sealer(SecurityMode.AUTHENTICATE, key(1), "c").seal(PLAIN, 0, PLAIN.length);
        SealException mode = assertThrows(SealException.class,
                () -> new Sealer(SecurityMode.ENCRYPT, key(1), "c").open(authOnly, 0, authOnly.length));
        assertTrue(mode.getMessage().contains("another crypto mode"), mode.getMessage());
    }
}
