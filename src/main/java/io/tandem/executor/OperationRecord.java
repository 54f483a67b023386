package io.tandem.executor;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The history record of one operation, with every {@code lrm_rsc_op} attribute Pacemaker writes.
 *
 * @param resourceId      the resource (not an attribute: it is the parent lrm_resource's id)
 * @param id              RSC_last_0, RSC_last_failure_0 or RSC_monitor_INTERVAL
 * @param operationKey    RSC_ACTION_INTERVAL
 * @param operation       the action
 * @param crmDebugOrigin  who recorded it
 * @param crmFeatureSet   the feature set
 * @param transitionKey   "action:transition:target-rc:uuid", or empty
 * @param exitReason      the exit reason, or empty
 * @param onNode          the node that ran it
 * @param callId          the executor's call id
 * @param rcCode          OCF rc
 * @param opStatus        execution status
 * @param intervalMs      interval in ms
 * @param lastRcChange    epoch seconds of the last change of rc for this operation key
 * @param execTimeMs      how long the agent ran
 * @param queueTimeMs     how long the operation waited for its turn
 * @param opDigest        digest of the parameters
 * @param opRestartDigest digest of the restart-relevant parameters, or empty
 */
public record OperationRecord(String resourceId, String id, String operationKey, String operation,
        String crmDebugOrigin, String crmFeatureSet, String transitionKey, String exitReason, String onNode,
        int callId, int rcCode, ExecStatus opStatus, long intervalMs, long lastRcChange, long execTimeMs,
        long queueTimeMs, String opDigest, String opRestartDigest) {

    public OperationRecord {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opStatus, "opStatus");
        transitionKey = transitionKey == null ? "" : transitionKey;
        exitReason = exitReason == null ? "" : exitReason;
        opDigest = opDigest == null ? "" : opDigest;
        opRestartDigest = opRestartDigest == null ? "" : opRestartDigest;
    }

    /** The id Pacemaker gives the record: the operation key for recurring ops, RSC_last_0 otherwise. */
    public static String primaryId(String resourceId, String action, long intervalMs) {
        return intervalMs > 0 ? resourceId + "_" + action + "_" + intervalMs : resourceId + "_last_0";
    }

    /** "op-status:rc-code;transition-key", or empty without a transition key. */
    public String transitionMagic() {
        return transitionKey.isEmpty() ? "" : opStatus.code() + ":" + rcCode + ";" + transitionKey;
    }

    /**
     * Whether Pacemaker counts this as a failure: an execution problem, or an rc other than the one the
     * controller expected (the transition key's third field). Without a key, a probe may say running or
     * not running, and everything else must return 0.
     */
    public boolean failed() {
        if (opStatus != ExecStatus.DONE) {
            return opStatus != ExecStatus.CANCELLED && opStatus != ExecStatus.PENDING;
        }
        String[] k = transitionKey.split(":");
        if (k.length >= 4) {
            try {
                return rcCode != Integer.parseInt(k[2]);
            } catch (NumberFormatException e) {
                return rcCode != OcfRc.OK;
            }
        }
        boolean probe = "monitor".equals(operation) && intervalMs == 0;
        return probe ? rcCode != OcfRc.OK && rcCode != OcfRc.NOT_RUNNING : rcCode != OcfRc.OK;
    }

    public OperationRecord withId(String newId) {
        return new OperationRecord(resourceId, newId, operationKey, operation, crmDebugOrigin, crmFeatureSet,
                transitionKey, exitReason, onNode, callId, rcCode, opStatus, intervalMs, lastRcChange, execTimeMs,
                queueTimeMs, opDigest, opRestartDigest);
    }

    /** What goes into the CIB: this record, plus a RSC_last_failure_0 copy when it failed. */
    public List<OperationRecord> cibEntries() {
        List<OperationRecord> out = new ArrayList<>();
        out.add(this);
        if (failed()) {
            out.add(withId(resourceId + "_last_failure_0"));
        }
        return List.copyOf(out);
    }

    /** The attributes in the order Pacemaker writes them. */
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("operation_key", operationKey);
        a.put("operation", operation);
        a.put("crm-debug-origin", crmDebugOrigin);
        a.put("crm_feature_set", crmFeatureSet);
        if (!transitionKey.isEmpty()) {
            a.put("transition-key", transitionKey);
            a.put("transition-magic", transitionMagic());
        }
        a.put("exit-reason", exitReason);
        a.put("on_node", onNode);
        a.put("call-id", Integer.toString(callId));
        a.put("rc-code", Integer.toString(rcCode));
        a.put("op-status", Integer.toString(opStatus.code()));
        a.put("interval", Long.toString(intervalMs));
        a.put("last-rc-change", Long.toString(lastRcChange));
        a.put("exec-time", Long.toString(execTimeMs));
        a.put("queue-time", Long.toString(queueTimeMs));
        a.put("op-digest", opDigest);
        if (!opRestartDigest.isEmpty()) {
            a.put("op-restart-digest", opRestartDigest);
        }
        return Collections.unmodifiableMap(a);
    }

    public XmlElement toXml() {
        return new XmlElement("lrm_rsc_op", attributes(), List.of(), "");
    }
}
