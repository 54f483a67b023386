package io.tandem.cli;

import io.tandem.cib.XmlElement;
import java.util.List;
import java.util.Map;

/** What {@code cibadmin --empty} prints: the smallest valid CIB, as Pacemaker 2.1.5 creates it. */
public final class EmptyCib {

    public static final String VALIDATE_WITH = "pacemaker-3.9";
    public static final String FEATURE_SET = "3.16.2";

    private EmptyCib() {
    }

    public static XmlElement create() {
        XmlElement configuration = new XmlElement("configuration", Map.of(), List.of(
                XmlElement.of("crm_config"), XmlElement.of("nodes"), XmlElement.of("resources"),
                XmlElement.of("constraints")), "");
        var attrs = new java.util.LinkedHashMap<String, String>();
        attrs.put("crm_feature_set", FEATURE_SET);
        attrs.put("validate-with", VALIDATE_WITH);
        attrs.put("epoch", "1");
        attrs.put("num_updates", "0");
        attrs.put("admin_epoch", "0");
        return new XmlElement("cib", attrs, List.of(configuration, XmlElement.of("status")), "");
    }
}
