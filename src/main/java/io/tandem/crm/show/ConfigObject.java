package io.tandem.crm.show;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One object as crm sees the configuration: its crm type ({@code primitive}, {@code ms},
 * {@code location}, {@code property}...), its id and its element. Group members and clone children
 * are objects of their own, as in crmsh.
 */
public record ConfigObject(String type, String id, XmlElement xml) {

    /** The show order of crm types; objects of one type are sorted by id. */
    static final List<String> ORDER = List.of("node", "rsc_template", "primitive", "bundle", "group", "ms", "clone",
            "tag", "colocation", "location", "order", "fencing_topology", "rsc_ticket", "property", "rsc_defaults",
            "op_defaults", "role", "acl_target", "acl_group", "user", "alert");

    public static List<ConfigObject> all(XmlElement configuration) {
        List<ConfigObject> out = new ArrayList<>();
        for (XmlElement section : configuration.children()) {
            switch (section.name()) {
                case "nodes" -> section.children("node").forEach(n -> out.add(new ConfigObject("node",
                        n.attr("uname", n.id()), n)));
                case "resources" -> section.children().forEach(r -> resources(r, out));
                case "constraints" -> section.children().forEach(c -> out.add(new ConfigObject(switch (c.name()) {
                    case "rsc_location" -> "location";
                    case "rsc_colocation" -> "colocation";
                    case "rsc_order" -> "order";
                    default -> "rsc_ticket";
                }, c.id(), c)));
                case "crm_config" -> section.children().forEach(s -> out.add(new ConfigObject("property", s.id(), s)));
                case "rsc_defaults", "op_defaults" -> section.children().forEach(s -> out.add(
                        new ConfigObject(section.name(), s.id(), s)));
                case "fencing-topology" -> {
                    if (!section.children().isEmpty()) {
                        out.add(new ConfigObject("fencing_topology", "fencing_topology", section));
                    }
                }
                case "tags" -> section.children("tag").forEach(t -> out.add(new ConfigObject("tag", t.id(), t)));
                case "alerts" -> section.children("alert").forEach(a -> out.add(new ConfigObject("alert", a.id(), a)));
                case "acls" -> section.children().forEach(a -> out.add(new ConfigObject(switch (a.name()) {
                    case "acl_role" -> "role";
                    case "acl_target" -> "acl_target";
                    case "acl_group" -> "acl_group";
                    default -> "user";
                }, a.id(), a)));
                default -> { }
            }
        }
        return out;
    }

    private static void resources(XmlElement r, List<ConfigObject> out) {
        String type = switch (r.name()) {
            case "template" -> "rsc_template";
            case "master" -> "ms";
            default -> r.name();
        };
        out.add(new ConfigObject(type, r.id(), r));
        for (XmlElement c : r.children()) {
            if (io.tandem.cib.Resource.isResourceElement(c.name())) {
                resources(c, out);
            }
        }
    }

    int rank() {
        int i = ORDER.indexOf(type);
        return i < 0 ? ORDER.size() : i;
    }
}
