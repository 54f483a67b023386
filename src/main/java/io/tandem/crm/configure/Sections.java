package io.tandem.crm.configure;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small immutable edits of the {@code <configuration>} element by section. */
final class Sections {
    /** The schema's order of configuration sections, used when a new section is added. */
    private static final List<String> ORDER = List.of("crm_config", "nodes", "resources", "constraints",
            "rsc_defaults", "op_defaults", "alerts", "fencing-topology", "tags", "acls");

    private Sections() {
    }

    static XmlElement section(XmlElement config, String name) {
        return config.child(name).orElse(XmlElement.of(name));
    }

    static XmlElement update(XmlElement config, String name, UnaryOperator<XmlElement> change) {
        XmlElement s = change.apply(section(config, name));
        List<XmlElement> kids = new ArrayList<>(config.children());
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i).name().equals(name)) {
                if (s.children().isEmpty() && ORDER.indexOf(name) > 3) {
                    kids.remove(i);
                } else {
                    kids.set(i, s);
                }
                return config.withChildren(kids);
            }
        }
        if (s.children().isEmpty() && ORDER.indexOf(name) > 3) {
            return config;
        }
        int at = kids.size();
        for (int i = 0; i < kids.size(); i++) {
            int o = ORDER.indexOf(kids.get(i).name());
            if (o > ORDER.indexOf(name)) {
                at = i;
                break;
            }
        }
        kids.add(at, s);
        return config.withChildren(kids);
    }

    static XmlElement append(XmlElement section, XmlElement child) {
        return section.withChild(child);
    }

    /** Replaces the element with this id anywhere below {@code e} (depth first); unchanged when absent. */
    static XmlElement replaceById(XmlElement e, String id, XmlElement replacement) {
        List<XmlElement> kids = new ArrayList<>();
        boolean changed = false;
        for (XmlElement c : e.children()) {
            if (id.equals(c.id()) && !c.name().equals("resource_ref") && !c.name().equals("obj_ref")) {
                if (replacement != null) {
                    kids.add(replacement);
                }
                changed = true;
            } else {
                XmlElement r = replaceById(c, id, replacement);
                changed |= r != c;
                kids.add(r);
            }
        }
        return changed ? e.withChildren(kids) : e;
    }
}
