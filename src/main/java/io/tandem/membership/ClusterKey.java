package io.tandem.membership;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The shared cluster key (corosync's authkey). Only derived keys leave this class, so the raw bytes are never
 * handed around; {@link #fingerprint()} lets logs compare keys without revealing them.
 */
public final class ClusterKey {
    public static final int MIN_BYTES = 128;
    public static final Path DEFAULT_PATH = Path.of("/etc/tandem/authkey");

    private final byte[] secret;

    private ClusterKey(byte[] secret) {
        this.secret = secret.clone();
    }

    public static ClusterKey of(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("a cluster key has at least " + MIN_BYTES + " bytes, found " + secret.length);
        }
        return new ClusterKey(secret);
    }

    public static ClusterKey load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return of(bytes);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** A 32-byte key for {@code purpose}: SHA-256 over a label and the secret, so each use gets its own key. */
    public byte[] derive(String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("tandem/" + purpose + "/").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(secret);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** Safe to log: 8 hex digits of a derived hash. */
    public String fingerprint() {
        return HexFormat.of().formatHex(Arrays.copyOf(derive("fingerprint"), 4));
    }

    @Override
    public String toString() {
        return "ClusterKey[fingerprint=" + fingerprint() + "]";
    }
}
