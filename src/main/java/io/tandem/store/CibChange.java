package io.tandem.store;

import java.time.Instant;

/**
 * One configuration change as recorded: the version it produced, when, by whom, from which node, and a
 * line diff of the XML against the previous CIB.
 */
public record CibChange(long sequence, io.tandem.cib.CibVersion version, Instant at, String user, String originNode, String diff) {
}
