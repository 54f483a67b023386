package io.tandem.cib;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole Cluster Information Base: the root attributes (versions, validate-with, have-quorum,
 * dc-uuid, execution-date, ...), the configuration and the status. Immutable; every change gives a
 * new value.
 */
public record Cib(Map<String, String> attributes, Configuration configuration, Status status) {

    /** The schema Tandem writes for new CIBs; older ones load as written. */
    public static final String SCHEMA = "pacemaker-3.9";
    public static final String FEATURE_SET = "3.16.2";

    public Cib {
        attributes = Attrs.copy(attributes);
    }

    /** What {@code cibadmin --empty} prints: versions 0:1:0 and empty required sections. */
    public static Cib empty() {
        return new Cib(Attrs.of().put("crm_feature_set", FEATURE_SET).put("validate-with", SCHEMA)
                .put("epoch", "1").put("num_updates", "0").put("admin_epoch", "0").build(),
                Configuration.empty(), Status.empty());
    }

    public static Cib fromXml(XmlElement root) {
        if (!root.name().equals("cib")) {
            throw new CibException("the root element is <" + root.name() + ">, expected <cib>");
        }
        Configuration configuration = null;
        Status status = Status.empty();
        boolean sawStatus = false;
        for (XmlElement c : root.children()) {
            switch (c.name()) {
                case "configuration" -> {
                    if (configuration != null) {
                        throw new CibException("<cib>: more than one <configuration>");
                    }
                    configuration = Configuration.fromXml(c);
                }
                case "status" -> {
                    if (sawStatus) {
                        throw new CibException("<cib>: more than one <status>");
                    }
                    sawStatus = true;
                    status = Status.fromXml(c);
                }
                default -> throw new CibException("<cib>: unknown element <" + c.name() + ">");
            }
        }
        if (configuration == null) {
            throw new CibException("<cib>: required element <configuration> is missing");
        }
        return new Cib(root.attributes(), configuration, status);
    }

    public static Cib parse(String xml) {
        return fromXml(CibXml.parse(xml));
    }

    public XmlElement toXml() {
        return new XmlElement("cib", attributes, List.of(configuration.toXml(), status.toXml()), "");
    }

    public String toXmlString() {
        return CibXml.write(toXml());
    }

    public CibVersion version() {
        return new CibVersion(num("admin_epoch"), num("epoch"), num("num_updates"));
    }

    private long num(String key) {
        String v = attributes.get(key);
        if (v == null) {
            return 0;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new CibException("<cib>: " + key + "=\"" + v + "\" is not a number");
        }
    }

    public String attr(String key) {
        return attributes.get(key);
    }

    public Cib withAttribute(String key, String value) {
        return new Cib(Attrs.with(attributes, key, value), configuration, status);
    }

    public Cib withVersion(CibVersion v) {
        Map<String, String> a = new LinkedHashMap<>(attributes);
        a.put("admin_epoch", Long.toString(v.adminEpoch()));
        a.put("epoch", Long.toString(v.epoch()));
        a.put("num_updates", Long.toString(v.numUpdates()));
        return new Cib(a, configuration, status);
    }

    public Cib withConfiguration(Configuration c) {
        return new Cib(attributes, c, status);
    }

    public Cib withStatus(Status s) {
        return new Cib(attributes, configuration, s);
    }

    /**
     * This CIB changed into {@code next}, with the version bumped the way Pacemaker does: epoch for a
     * configuration change, num_updates for a status-only change, nothing when nothing changed.
     */
    public Cib bumpedFor(Cib next) {
        boolean configChanged = !configuration.toXml().equals(next.configuration.toXml());
        boolean statusChanged = !status.toXml().equals(next.status.toXml())
                || !unversioned(attributes).equals(unversioned(next.attributes));
        CibVersion v = version();
        if (configChanged) {
            return next.withVersion(v.nextConfiguration());
        }
        if (statusChanged) {
            return next.withVersion(v.nextStatus());
        }
        return next.withVersion(v);
    }

    /** Root attributes other than the version triple: have-quorum, dc-uuid, ... count as status. */
    private static Map<String, String> unversioned(Map<String, String> attrs) {
        Map<String, String> m = new LinkedHashMap<>(attrs);
        m.keySet().removeAll(java.util.Set.of("admin_epoch", "epoch", "num_updates", "cib-last-written"));
        return m;
    }
}
