package io.tandem.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the {@link SecurityMode} from totem's crypto keys and whether a key file exists. Protection is on by
 * default when a key exists; turning it off is honoured only with a loud warning; asking for it without a key
 * is an error.
 */
public record ClusterSecurity(SecurityMode mode, List<ConfigProblem> warnings) {
    public ClusterSecurity {
        warnings = List.copyOf(warnings);
    }

    public static ClusterSecurity resolve(ClusterConfig config, Optional<ClusterKey> key) throws ClusterConfigException {
        String cipher = config.totem().cryptoCipher();
        String hash = config.totem().cryptoHash();
        List<ConfigProblem> warnings = new ArrayList<>();
        boolean cipherOff = cipher.equals("none");
        boolean hashOff = hash.equals("none");
        SecurityMode mode;
        if (cipherOff && hashOff) {
            mode = SecurityMode.NONE;
        } else if (cipherOff) {
            mode = SecurityMode.AUTHENTICATE;
        } else if (cipher.isEmpty() && hash.isEmpty() && key.isEmpty()) {
            mode = SecurityMode.NONE;
        } else {
            mode = SecurityMode.ENCRYPT;
        }
        if (mode != SecurityMode.NONE && key.isEmpty()) {
            String k = cipher.isEmpty() ? "totem.crypto_hash" : "totem.crypto_cipher";
            throw new ClusterConfigException(List.of(ConfigProblem.error(k, config.lineOf(k),
                    "crypto is on but there is no cluster key; run 'tandem keygen' and copy the key to every node")));
        }
        if (mode == SecurityMode.NONE) {
            String why = cipherOff ? "crypto_cipher: none and crypto_hash: none" : "no cluster key";
            warnings.add(ConfigProblem.warning("totem.crypto_cipher", config.lineOf("totem.crypto_cipher"),
                    "!!! CLUSTER TRAFFIC IS NEITHER AUTHENTICATED NOR ENCRYPTED (" + why
                            + "): any host that reaches the cluster port can join and inject messages !!!"));
        } else if (mode == SecurityMode.AUTHENTICATE) {
            warnings.add(ConfigProblem.warning("totem.crypto_cipher", config.lineOf("totem.crypto_cipher"),
                    "!!! crypto_cipher: none: cluster traffic is authenticated but NOT encrypted !!!"));
        }
        return new ClusterSecurity(mode, warnings);
    }
}
