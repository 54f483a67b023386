package io.tandem.membership.jgroups;

import io.tandem.membership.ClusterKey;
import io.tandem.membership.SecurityMode;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens byte arrays with the cluster key: AES-256-GCM (encrypt + authenticate) or HMAC-SHA256
 * (authenticate only). The first byte names the mode, so a peer with another mode is told apart from a peer
 * with another key. The cluster name is bound in, so two clusters sharing a key still do not mix.
 */
final class Sealer {
    static final byte GCM = 1;
    static final byte HMAC = 2;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int MAC_LEN = 32;

    private final SecurityMode mode;
    private final SecretKeySpec aes;
    private final SecretKeySpec hmac;
    private final byte[] aad;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(Sealer::newCipher);
    private final ThreadLocal<Mac> macs;

    Sealer(SecurityMode mode, ClusterKey key, String clusterName) {
        if (mode == SecurityMode.NONE) {
            throw new IllegalArgumentException("nothing to seal with mode NONE");
        }
        this.mode = mode;
        this.aes = new SecretKeySpec(key.derive("aes-gcm"), "AES");
        this.hmac = new SecretKeySpec(key.derive("hmac-sha256"), "HmacSHA256");
        this.aad = clusterName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    byte[] seal(byte[] plain, int off, int len) {
        try {
            if (mode == SecurityMode.ENCRYPT) {
                byte[] nonce = new byte[NONCE];
                random.nextBytes(nonce);
                Cipher c = ciphers.get();
                c.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, nonce));
                c.updateAAD(aad);
                ByteBuffer out = ByteBuffer.allocate(1 + NONCE + c.getOutputSize(len));
                out.put(GCM).put(nonce);
                c.doFinal(ByteBuffer.wrap(plain, off, len), out);
                return out.array();
            }
            Mac m = macs.get();
            m.update(aad);
            m.update(plain, off, len);
            byte[] tag = m.doFinal();
            byte[] out = new byte[1 + len + MAC_LEN];
            out[0] = HMAC;
            System.arraycopy(plain, off, out, 1, len);
            System.arraycopy(tag, 0, out, 1 + len, MAC_LEN);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** Opens a sealed array, or throws {@link SealException} saying why it was rejected. */
    byte[] open(byte[] sealed, int off, int len) throws SealException {
        if (len < 1) {
            throw new SealException("empty message");
        }
        byte kind = sealed[off];
        byte expected = mode == SecurityMode.ENCRYPT ? GCM : HMAC;
        if (kind != expected) {
            throw new SealException("peer uses another crypto mode (" + kindName(kind) + ", this node " + kindName(expected)
                    + "): check crypto_cipher/crypto_hash on every node");
        }
        try {
            if (kind == GCM) {
                if (len < 1 + NONCE + TAG_BITS / 8) {
                    throw new SealException("truncated message");
                }
                Cipher c = ciphers.get();
                c.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, sealed, off + 1, NONCE));
                c.updateAAD(aad);
                return c.doFinal(sealed, off + 1 + NONCE, len - 1 - NONCE);
            }
            if (len < 1 + MAC_LEN) {
                throw new SealException("truncated message");
            }
            Mac m = macs.get();
            m.update(aad);
            m.update(sealed, off + 1, len - 1 - MAC_LEN);
            byte[] tag = m.doFinal();
            byte[] got = Arrays.copyOfRange(sealed, off + len - MAC_LEN, off + len);
            if (!MessageDigest.isEqual(tag, got)) {
                throw new SealException("bad MAC: the peer holds a different cluster key (or another cluster_name)");
            }
            return Arrays.copyOfRange(sealed, off + 1, off + len - MAC_LEN);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealException("authentication failed: the peer holds a different cluster key (or another cluster_name)");
        } catch (GeneralSecurityException e) {
            throw new SealException("cannot decrypt: " + e.getMessage());
        }
    }

    private static String kindName(byte kind) {
        return switch (kind) {
            case GCM -> "encrypted";
            case HMAC -> "authenticated-only";
            default -> "unsealed or unknown";
        };
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(hmac);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
