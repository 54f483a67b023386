package io.tandem.crm.target;

import io.tandem.cib.Cib;
import io.tandem.cib.CibVersion;

/**
 * The CIB crm works on. {@link #commit} replaces the whole CIB atomically, and only if the stored
 * version is still {@code base} (a concurrent change makes it fail, as cibadmin's diff would).
 */
public interface CibTarget {

    /** A short name for prompts: "live" or the file name. */
    String name();

    /** Whether this is a running cluster (crmsh skips its "resource is running" checks on a file). */
    boolean live();

    Cib fetch();

    void commit(Cib next, CibVersion base);
}
