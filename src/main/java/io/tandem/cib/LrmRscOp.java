package io.tandem.cib;

import java.util.Map;

/**
 * One operation record of a resource's history ({@code lrm_rsc_op}): Pacemaker writes many attributes
 * (call-id, rc-code, op-status, interval, last-rc-change, exec-time, queue-time, op-digest, transition
 * key and magic, exit-reason, ...). All are kept, with typed accessors for the ones the scheduler reads.
 */
public record LrmRscOp(Map<String, String> attributes) {

    public LrmRscOp {
        attributes = Attrs.copy(attributes);
    }

    public String id() {
        return attributes.get("id");
    }

    public String operation() {
        return attributes.get("operation");
    }

    public String operationKey() {
        return attributes.get("operation_key");
    }

    public long intervalMs() {
        return parseLong("interval", 0);
    }

    public int callId() {
        return (int) parseLong("call-id", -1);
    }

    public int rcCode() {
        return (int) parseLong("rc-code", -1);
    }

    /** The executor's op status: 0 done, 1 cancelled, 2 timed out, 3 not supported, 4 error, ... -1 pending. */
    public int opStatus() {
        return (int) parseLong("op-status", 0);
    }

    public long lastRcChange() {
        return parseLong("last-rc-change", parseLong("last-run", 0));
    }

    public String opDigest() {
        return attributes.get("op-digest");
    }

    public String get(String key) {
        return attributes.get(key);
    }

    public LrmRscOp with(String key, String value) {
        return new LrmRscOp(Attrs.with(attributes, key, value));
    }

    private long parseLong(String key, long fallback) {
        String v = attributes.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public XmlElement toXml() {
        return new XmlElement("lrm_rsc_op", attributes, java.util.List.of(), "");
    }
}
