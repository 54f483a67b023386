package io.tandem.membership;

/** How cluster traffic is protected with the cluster key. */
public enum SecurityMode {
    /** Every message is encrypted and authenticated (AES-GCM). */
    ENCRYPT,
    /** Messages are authenticated (HMAC-SHA256) but readable: crypto_cipher none with a crypto_hash. */
    AUTHENTICATE,
    /** No protection: any host that can reach the port can join. */
    NONE
}
