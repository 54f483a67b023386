package io.tandem.scheduler;

import io.tandem.cib.Score;
import io.tandem.cib.TimeSpec;
import java.util.Locale;
import java.util.Map;

/** The cluster properties the scheduler reads, with Pacemaker 2.1.5's defaults. */
public record ClusterOptions(Map<String, String> properties) {

    public ClusterOptions {
        properties = Map.copyOf(properties);
    }

    public String get(String name, String fallback) {
        return properties.getOrDefault(name, fallback);
    }

    public boolean flag(String name, boolean fallback) {
        String v = properties.get(name);
        return v == null ? fallback : isTrue(v);
    }

    public static boolean isTrue(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y", "1" -> true;
            default -> false;
        };
    }

    public boolean stonithEnabled() {
        return flag("stonith-enabled", true);
    }

    public boolean symmetric() {
        return flag("symmetric-cluster", true);
    }

    public boolean maintenanceMode() {
        return flag("maintenance-mode", false);
    }

    public boolean startFailureIsFatal() {
        return flag("start-failure-is-fatal", true);
    }

    public boolean stopOrphanResources() {
        return flag("stop-orphan-resources", true);
    }

    public boolean stopOrphanActions() {
        return flag("stop-orphan-actions", true);
    }

    public boolean startupFencing() {
        return flag("startup-fencing", true);
    }

    /** stop (default), freeze, ignore, demote, suicide. */
    public String noQuorumPolicy() {
        return get("no-quorum-policy", "stop").toLowerCase(Locale.ROOT);
    }

    public String placementStrategy() {
        return get("placement-strategy", "default").toLowerCase(Locale.ROOT);
    }

    public String stonithAction() {
        String a = get("stonith-action", "reboot").toLowerCase(Locale.ROOT);
        return a.equals("poweroff") ? "off" : a;
    }

    public int defaultStickiness() {
        return Score.parse(properties.getOrDefault("default-resource-stickiness", "0"));
    }

    public long clusterRecheckMs() {
        return TimeSpec.parseMillis(get("cluster-recheck-interval", "15min"));
    }
}
