package io.tandem.store;

import io.tandem.cib.CibException;
import io.tandem.cib.XmlElement;
import java.util.Comparator;
import java.util.Set;

/**
 * A CIB's version triple and Pacemaker's rule for advancing it, as pure functions over the root
 * element's attributes. A configuration change bumps epoch and resets num_updates; a status-only change
 * bumps num_updates; admin_epoch only moves when the proposal carries a higher one. (Kept here until the
 * cib package owns it; nothing here touches H2.)
 */
public record CibVersion(long adminEpoch, long epoch, long numUpdates) implements Comparable<CibVersion> {

    private static final Comparator<CibVersion> ORDER = Comparator.comparingLong(CibVersion::adminEpoch)
            .thenComparingLong(CibVersion::epoch).thenComparingLong(CibVersion::numUpdates);

    /** Root attributes that record who/when/quorum, not configuration: changing them is not a config change. */
    private static final Set<String> NOT_CONFIGURATION = Set.of("admin_epoch", "epoch", "num_updates",
            "cib-last-written", "update-origin", "update-client", "update-user", "have-quorum", "dc-uuid",
            "no-quorum-panic");

    public CibVersion {
        if (adminEpoch < 0 || epoch < 0 || numUpdates < 0) {
            throw new IllegalArgumentException("version numbers must not be negative: " + adminEpoch + "."
                    + epoch + "." + numUpdates);
        }
    }

    /** Reads the triple from a {@code <cib>} root; a missing attribute counts as 0, as in Pacemaker. */
    public static CibVersion of(XmlElement cib) {
        return new CibVersion(number(cib, "admin_epoch"), number(cib, "epoch"), number(cib, "num_updates"));
    }

    private static long number(XmlElement cib, String attr) {
        String v = cib.attr(attr);
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) {
                throw new CibException("<cib> attribute " + attr + "=\"" + v + "\" must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CibException("<cib> attribute " + attr + "=\"" + v + "\" is not a whole number");
        }
    }

    public XmlElement applyTo(XmlElement cib) {
        return cib.withAttr("admin_epoch", Long.toString(adminEpoch)).withAttr("epoch", Long.toString(epoch))
                .withAttr("num_updates", Long.toString(numUpdates));
    }

    /**
     * The CIB to store when {@code proposed} replaces {@code current} (null when there is none yet).
     * A proposal that carries a newer version was versioned by its writer (a peer's sync, an explicit
     * replace) and is kept as it is. One that carries the current version is an edit: a configuration
     * change bumps epoch and resets num_updates, a status-only change bumps num_updates, no change keeps it.
     *
     * @throws CibException when the proposal's version is older than the current one (Pacemaker refuses
     *                      such a replace too)
     */
    public static XmlElement next(XmlElement current, XmlElement proposed) {
        CibVersion prop = of(proposed);
        if (current == null) {
            return prop.applyTo(proposed);
        }
        CibVersion cur = of(current);
        int order = prop.compareTo(cur);
        if (order < 0) {
            throw new CibException("the proposed version " + prop + " is older than the current " + cur);
        }
        if (order > 0) {
            return prop.applyTo(proposed);
        }
        if (configurationChanged(current, proposed)) {
            return new CibVersion(cur.adminEpoch, cur.epoch + 1, 0).applyTo(proposed);
        }
        if (statusChanged(current, proposed)) {
            return new CibVersion(cur.adminEpoch, cur.epoch, cur.numUpdates + 1).applyTo(proposed);
        }
        return cur.applyTo(proposed);
    }

    public static boolean configurationChanged(XmlElement current, XmlElement proposed) {
        return !current.child("configuration").equals(proposed.child("configuration"))
                || !rootSettings(current).equals(rootSettings(proposed));
    }

    public static boolean statusChanged(XmlElement current, XmlElement proposed) {
        return !current.child("status").equals(proposed.child("status"));
    }

    private static java.util.Map<String, String> rootSettings(XmlElement cib) {
        java.util.Map<String, String> m = new java.util.TreeMap<>(cib.attributes());
        m.keySet().removeAll(NOT_CONFIGURATION);
        return m;
    }

    @Override
    public int compareTo(CibVersion o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return adminEpoch + "." + epoch + "." + numUpdates;
    }
}
