package io.tandem.crm.configure;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * crmsh's generated ids: a prefix from the nearest element with an id (a node's uname), a suffix by
 * element kind ({@code -instance_attributes}, {@code -rule}, {@code -NAME} for a pair, {@code -NAME-INTERVAL}
 * for an op), and {@code -0}, {@code -1}... when that id is taken.
 */
final class IdAssigner {

    private static final Map<String, String> SUFFIX = Map.of("instance_attributes", "instance_attributes",
            "meta_attributes", "meta_attributes", "utilization", "utilization", "rule", "rule", "expression",
            "expression", "date_expression", "expression", "date_spec", "date_spec", "duration", "duration");

    private IdAssigner() {
    }

    static XmlElement assign(XmlElement e, Set<String> used) {
        String pfx = e.name().equals("node") ? e.attr("uname", e.id()) : e.id();
        return withIds(e, pfx, used);
    }

    private static XmlElement withIds(XmlElement e, String pfx, Set<String> used) {
        List<XmlElement> kids = new ArrayList<>();
        for (XmlElement c : e.children()) {
            XmlElement k = c;
            if (c.id() == null && c.attr("id-ref") == null) {
                String base = base(c, pfx);
                if (base != null) {
                    k = c.withAttr("id", unique(base, used));
                }
            }
            String childPfx = k.id() != null ? k.id() : pfx;
            kids.add(withIds(k, childPfx, used));
        }
        return e.withChildren(kids);
    }

    private static String base(XmlElement c, String pfx) {
        return switch (c.name()) {
            case "nvpair" -> pfx + "-" + c.attr("name");
            case "op" -> pfx + "-" + c.attr("name") + "-" + c.attr("interval", "0");
            case "fencing-level" -> "fencing";
            case "acl_permission" -> pfx + "-" + c.attr("kind");
            case "attribute" -> pfx + "-" + c.attr("name");
            default -> SUFFIX.containsKey(c.name()) ? pfx + "-" + SUFFIX.get(c.name()) : null;
        };
    }

    static String unique(String base, Set<String> used) {
        String id = base;
        for (int i = 0; used.contains(id); i++) {
            id = base + "-" + i;
        }
        used.add(id);
        return id;
    }

    static void collect(XmlElement e, Set<String> out) {
        e.walk(x -> {
            if (x.id() != null && !x.name().equals("resource_ref") && !x.name().equals("obj_ref")
                    && !x.name().equals("role")) {
                out.add(x.id());
            }
        });
    }
}
