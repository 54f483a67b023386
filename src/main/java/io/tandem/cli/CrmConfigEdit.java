package io.tandem.cli;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Name/value pairs inside a section's attribute sets, edited as crm_attribute does: the first pair of
 * that name anywhere wins; a new one goes into {@code cib-bootstrap-options} (created when missing).
 */
final class CrmConfigEdit {

    static final String BOOTSTRAP = "cib-bootstrap-options";

    private CrmConfigEdit() {
    }

    /** The value of the first nvpair named {@code name} in any attribute set of {@code section}. */
    static Optional<String> value(XmlElement section, String name) {
        for (XmlElement set : section.children()) {
            for (XmlElement nv : set.children("nvpair")) {
                if (name.equals(nv.attr("name"))) {
                    return Optional.ofNullable(nv.attr("value"));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code crmConfig} with {@code name} set to {@code value}, or removed everywhere when empty. */
    static XmlElement set(XmlElement crmConfig, String name, Optional<String> value) {
        List<XmlElement> sets = new ArrayList<>();
        boolean done = false;
        for (XmlElement set : crmConfig.children()) {
            List<XmlElement> pairs = new ArrayList<>();
            for (XmlElement nv : set.children()) {
                if (nv.name().equals("nvpair") && name.equals(nv.attr("name"))) {
                    if (value.isPresent() && !done) {
                        pairs.add(nv.withAttr("value", value.get()));
                        done = true;
                    }
                    continue;
                }
                pairs.add(nv);
            }
            sets.add(set.withChildren(pairs));
        }
        if (value.isPresent() && !done) {
            int idx = -1;
            for (int i = 0; i < sets.size(); i++) {
                if (BOOTSTRAP.equals(sets.get(i).attr("id"))) {
                    idx = i;
                }
            }
            XmlElement set = idx >= 0 ? sets.get(idx)
                    : new XmlElement("cluster_property_set", Map.of("id", BOOTSTRAP), List.of(), "");
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("id", BOOTSTRAP + "-" + name.replaceAll("[^A-Za-z0-9_.-]", "."));
            attrs.put("name", name);
            attrs.put("value", value.get());
            XmlElement added = set.withChild(new XmlElement("nvpair", attrs, List.of(), ""));
            if (idx >= 0) {
                sets.set(idx, added);
            } else {
                sets.add(added);
            }
        }
        return crmConfig.withChildren(sets);
    }
}
