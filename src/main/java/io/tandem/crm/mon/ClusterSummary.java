package io.tandem.crm.mon;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The "Cluster Summary" block.
 *
 * @param stack          cluster-infrastructure, or "unknown"
 * @param dc             the DC node, when the CIB names one that is configured
 * @param dcVersion      dc-version, or "unknown"
 * @param lastUpdated    when the view was built (the caller's now)
 * @param lastWritten    the CIB's cib-last-written, if any
 * @param instances      resource instances (each clone instance counts)
 * @param disabled       instances whose target-role is Stopped
 * @param blocked        instances blocked by a failure (on-fail=block)
 * @param options        the cluster options the XML output reports, as text
 */
public record ClusterSummary(String stack, Optional<NodeView> dc, String dcVersion, boolean quorum,
        boolean mixedVersion, Instant lastUpdated, Optional<String> lastWritten, Optional<String> updateUser,
        Optional<String> updateClient, Optional<String> updateOrigin, int nodes, int instances, int disabled,
        int blocked, boolean maintenanceMode, boolean stopAll, Map<String, String> options) {

    public ClusterSummary {
        options = Map.copyOf(options);
    }

    /** "TIME by USER via CLIENT on ORIGIN", each part only when known, as crm_mon prints it. */
    public String lastChange(java.util.function.Function<Instant, String> format) {
        StringBuilder sb = new StringBuilder();
        lastWritten.ifPresent(sb::append);
        updateUser.ifPresent(u -> sb.append(" by ").append(u));
        updateClient.ifPresent(c -> sb.append(" via ").append(c));
        updateOrigin.ifPresent(o -> sb.append(" on ").append(o));
        return sb.toString();
    }
}
