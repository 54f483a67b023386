package io.tandem.crm.configure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cluster options crm knows, with the values an enumerated or boolean one accepts; used to refuse
 * {@code property stonith-enabled=maybe} and to warn about unknown names, as single-shot crmsh does.
 */
final class ClusterOptions {
    private static final Set<String> BOOLEAN = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "1", "0");
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "no-quorum-policy", Set.of("stop", "freeze", "ignore", "demote", "suicide"),
            "placement-strategy", Set.of("default", "utilization", "minimal", "balanced"),
            "stonith-action", Set.of("reboot", "off", "poweroff"),
            "node-health-strategy", Set.of("none", "migrate-on-red", "only-green", "progressive", "custom"));
    private static final Set<String> BOOLEANS = Set.of("stonith-enabled", "symmetric-cluster", "maintenance-mode",
            "start-failure-is-fatal", "enable-startup-probes", "stop-orphan-resources", "stop-orphan-actions",
            "stop-all-resources", "startup-fencing", "concurrent-fencing", "enable-acl", "have-watchdog",
            "remove-after-stop", "shutdown-lock");
    private static final Set<String> OTHERS = Set.of("dc-version", "cluster-infrastructure", "cluster-name",
            "dc-deadtime", "cluster-recheck-interval", "load-threshold", "node-action-limit", "batch-limit",
            "migration-limit", "fence-reaction", "election-timeout", "shutdown-escalation", "join-integration-timeout",
            "join-finalization-timeout", "transition-delay", "stonith-timeout", "stonith-max-attempts",
            "stonith-watchdog-timeout", "priority-fencing-delay", "pe-error-series-max", "pe-warn-series-max",
            "pe-input-series-max", "node-health-base", "node-health-green", "node-health-yellow", "node-health-red",
            "shutdown-lock-limit", "cluster-ipc-limit", "default-resource-stickiness", "is-managed-default",
            "default-action-timeout", "last-lrm-refresh", "no-quorum-policy", "placement-strategy",
            "stonith-action", "node-health-strategy");

    private ClusterOptions() {
    }

    static boolean known(String name) {
        return BOOLEANS.contains(name) || OTHERS.contains(name) || ENUMS.containsKey(name);
    }

    /** Why the value is invalid, or empty when it is fine (or not checkable). */
    static Optional<String> invalid(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (BOOLEANS.contains(name) && !BOOLEAN.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("invalid value '" + value + "' for cluster option '" + name + "': expected a boolean");
        }
        Set<String> allowed = ENUMS.get(name);
        if (allowed != null && !allowed.contains(value)) {
            return Optional.of("invalid value '" + value + "' for cluster option '" + name + "': expected one of "
                    + new java.util.TreeSet<>(allowed));
        }
        return Optional.empty();
    }
}
