package io.tandem.cib;

/**
 * The CIB's version triple. Pacemaker compares admin_epoch, then epoch, then num_updates; the highest
 * wins when copies disagree.
 */
public record CibVersion(long adminEpoch, long epoch, long numUpdates) implements Comparable<CibVersion> {

    public static final CibVersion ZERO = new CibVersion(0, 0, 0);

    /** A configuration change: epoch + 1, num_updates back to 0. */
    public CibVersion nextConfiguration() {
        return new CibVersion(adminEpoch, epoch + 1, 0);
    }

    /** A status-only change: num_updates + 1. */
    public CibVersion nextStatus() {
        return new CibVersion(adminEpoch, epoch, numUpdates + 1);
    }

    @Override
    public int compareTo(CibVersion o) {
        int c = Long.compare(adminEpoch, o.adminEpoch);
        if (c == 0) {
            c = Long.compare(epoch, o.epoch);
        }
        return c != 0 ? c : Long.compare(numUpdates, o.numUpdates);
    }

    /** "admin_epoch:epoch:num_updates", as Pacemaker logs it. */
    @Override
    public String toString() {
        return adminEpoch + ":" + epoch + ":" + numUpdates;
    }
}
