package io.tandem.executor;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One operation to run on a registered resource. An interval above zero makes it recurring (only monitors
 * are recurring in practice); a monitor with interval zero is a probe.
 *
 * @param resourceId    the registered resource
 * @param action        start, stop, monitor, meta-data, validate-all, promote, demote, notify, reload,
 *                      migrate_to or migrate_from
 * @param interval      zero for one-shot operations
 * @param timeout       the executor kills the agent's process group after this long
 * @param startDelay    wait this long before the first run
 * @param meta          extra per-operation {@code CRM_meta_*} values (notify_type, role, ...)
 * @param transitionKey "action:transition:target-rc:uuid" from the controller, or empty
 * @param origin        crm-debug-origin for the history record
 */
public record OperationRequest(String resourceId, String action, Duration interval, Duration timeout,
        Duration startDelay, Map<String, String> meta, String transitionKey, String origin) {

    public static final String DEFAULT_ORIGIN = "do_update_resource";

    public OperationRequest {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(action, "action");
        interval = nonNegative(interval, "interval");
        timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        startDelay = nonNegative(startDelay, "startDelay");
        meta = Collections.unmodifiableMap(new TreeMap<>(meta));
        transitionKey = transitionKey == null ? "" : transitionKey;
        origin = origin == null || origin.isEmpty() ? DEFAULT_ORIGIN : origin;
    }

    /** A one-shot operation (or a probe, for monitor) with no transition. */
    public static OperationRequest of(String resourceId, String action, Duration timeout) {
        return new OperationRequest(resourceId, action, Duration.ZERO, timeout, Duration.ZERO, Map.of(), "", null);
    }

    public static OperationRequest recurring(String resourceId, String action, Duration interval, Duration timeout) {
        return new OperationRequest(resourceId, action, interval, timeout, Duration.ZERO, Map.of(), "", null);
    }

    public OperationRequest withStartDelay(Duration delay) {
        return new OperationRequest(resourceId, action, interval, timeout, delay, meta, transitionKey, origin);
    }

    public OperationRequest withTransitionKey(String key) {
        return new OperationRequest(resourceId, action, interval, timeout, startDelay, meta, key, origin);
    }

    public OperationRequest withMeta(Map<String, String> newMeta) {
        return new OperationRequest(resourceId, action, interval, timeout, startDelay, newMeta, transitionKey, origin);
    }

    public boolean isRecurring() {
        return !interval.isZero();
    }

    public boolean isProbe() {
        return "monitor".equals(action) && interval.isZero();
    }

    public long intervalMs() {
        return interval.toMillis();
    }

    /** Pacemaker's operation key: RSC_ACTION_INTERVALMS. */
    public String operationKey() {
        return resourceId + "_" + action + "_" + intervalMs();
    }

    private static Duration nonNegative(Duration d, String what) {
        Duration v = d == null ? Duration.ZERO : d;
        if (v.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        return v;
    }
}
