package io.tandem.executor;

/**
 * Computes the digests stored with each operation so the scheduler can tell that a resource's definition
 * changed. The scheduler owns Pacemaker's exact algorithm and injects it; {@link Md5ParameterDigester} is
 * the stand-in until then.
 */
public interface OpDigester {

    /** op-digest: over all parameters relevant to the operation. */
    String digest(OpDigestInput input);

    /** op-restart-digest: over the parameters whose change needs a restart, or null when there is none. */
    String restartDigest(OpDigestInput input);
}
