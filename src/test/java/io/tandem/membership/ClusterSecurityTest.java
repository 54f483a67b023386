package io.tandem.membership;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterSecurityTest {
    private static final Optional<ClusterKey> KEY = Optional.of(ClusterKey.of(new byte[128]));
    private static final String NODES = "nodelist { node { ring0_addr: 10.0.0.1 } node { ring0_addr: 10.0.0.2 } }\n";

    private static ClusterConfig totem(String keys) throws ClusterConfigException {
        return ClusterConfigParser.parse("totem {\n version: 2\n transport: udpu\n" + keys + "\n}\n" + NODES).config();
    }

    @Test
    void onByDefaultWhenAKeyExists() throws Exception {
        ClusterSecurity s = ClusterSecurity.resolve(totem(""), KEY);
        assertEquals(SecurityMode.ENCRYPT, s.mode());
        assertEquals(0, s.warnings().size());
    }

    @Test
    void cipherNoneIsHonouredLoudly() throws Exception {
        ClusterSecurity tutorial = ClusterSecurity.resolve(
                ClusterConfigParser.parse(ClusterConfigParserTest.tutorial()).config(), KEY);
        assertEquals(SecurityMode.NONE, tutorial.mode());
        assertTrue(tutorial.warnings().getFirst().message().contains("NEITHER AUTHENTICATED NOR ENCRYPTED"));
        assertEquals(1, tutorial.warnings().getFirst().line());

        ClusterSecurity hashOnly = ClusterSecurity.resolve(totem("crypto_cipher: none\ncrypto_hash: sha256"), KEY);
        assertEquals(SecurityMode.AUTHENTICATE, hashOnly.mode());
        assertTrue(hashOnly.warnings().getFirst().message().contains("NOT encrypted"));
    }

    @Test
    void withoutAKeyTrafficIsOpenWithAWarningUnlessCryptoWasAskedFor() throws Exception {
        ClusterSecurity open = ClusterSecurity.resolve(totem(""), Optional.empty());
        assertEquals(SecurityMode.NONE, open.mode());
        assertTrue(open.warnings().getFirst().message().contains("no cluster key"));
        ClusterConfigException e = assertThrows(ClusterConfigException.class,
                () -> ClusterSecurity.resolve(totem("crypto_cipher: aes256"), Optional.empty()));
        assertEquals(ConfigProblem.error("totem.crypto_cipher", 4,
                "crypto is on but there is no cluster key; run 'tandem keygen' and copy the key to every node"),
                e.errors().getFirst());
    }
}
