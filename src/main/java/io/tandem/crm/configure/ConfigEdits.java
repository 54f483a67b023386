package io.tandem.crm.configure;

import io.tandem.cib.XmlElement;
import io.tandem.crm.show.ConfigObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * delete, rename, erase, modgroup and monitor. Deleting a resource also drops it from constraints
 * (a constraint left without resources goes too); deleting a group or clone keeps its children and
 * points constraints at the first of them, as crmsh does.
 */
public final class ConfigEdits {

    private ConfigEdits() {
    }

    public static void delete(WorkingConfig wc, List<String> ids, Notes notes) {
        for (String id : ids) {
            if (wc.find(id).isEmpty()) {
                throw new CrmCommandException("object " + id + " does not exist");
            }
        }
        List<String> order = new ArrayList<>(ids);
        List<String> kinds = List.of("clone", "ms", "group");
        order.sort(java.util.Comparator.comparingInt(id -> {
            int k = kinds.indexOf(wc.find(id).map(ConfigObject::type).orElse(""));
            return k < 0 ? kinds.size() : k;
        }));
        for (String id : order) {
            Optional<ConfigObject> found = wc.find(id);
            if (found.isEmpty()) {
                continue;
            }
            ConfigObject o = found.get();
            XmlElement c = wc.configuration();
            switch (o.type()) {
                case "group", "clone", "ms" -> {
                    List<XmlElement> kids = o.xml().children().stream()
                            .filter(k -> io.tandem.cib.Resource.isResourceElement(k.name())).toList();
                    ConfigObject parent = wc.parentOf(id);
                    if (parent != null && !parent.type().equals("group")) {
                        // a group inside a clone: the clone goes first, then the group as a top-level one
                        delete(wc, List.of(parent.id()), notes);
                        c = wc.configuration();
                        parent = null;
                    }
                    if (parent == null) {
                        c = Sections.update(c, "resources", s -> {
                            List<XmlElement> out = new ArrayList<>();
                            for (XmlElement r : s.children()) {
                                if (id.equals(r.id())) {
                                    out.addAll(kids);
                                } else {
                                    out.add(r);
                                }
                            }
                            return s.withChildren(out);
                        });
                    } else {
                        c = Sections.update(c, "resources", s -> Sections.replaceById(s, id, null));
                    }
                    wc.set(c);
                    if (!kids.isEmpty()) {
                        retarget(wc, id, kids.get(0).id(), notes);
                    }
                }
                case "primitive", "rsc_template", "bundle" -> {
                    ConfigObject parent = wc.parentOf(id);
                    c = Sections.update(c, "resources", s -> Sections.replaceById(s, id, null));
                    wc.set(c);
                    if (parent != null && parent.type().equals("group") && parent.xml().children("primitive").size() == 1) {
                        delete(wc, List.of(parent.id()), notes);
                    }
                    dropReferences(wc, id, notes);
                }
                case "node" -> wc.set(Sections.update(c, "nodes", s -> s.withoutChildren(
                        n -> id.equals(n.attr("uname", n.id())))));
                case "fencing_topology" -> wc.set(Sections.update(c, "fencing-topology", s -> s.withChildren(List.of())));
                default -> {
                    String section = sectionOf(o.type());
                    wc.set(Sections.update(c, section, s -> Sections.replaceById(s, id, null)));
                }
            }
        }
    }

    static String sectionOf(String type) {
        return switch (type) {
            case "property" -> "crm_config";
            case "rsc_defaults", "op_defaults" -> type;
            case "tag" -> "tags";
            case "alert" -> "alerts";
            case "role", "acl_target", "acl_group", "user" -> "acls";
            default -> "constraints";
        };
    }

    private static final Map<String, String> REF_ATTRS = Map.of("rsc", "rsc", "with-rsc", "with-rsc", "first",
            "first", "then", "then");

    /** Points constraints at {@code to} instead of {@code from} (a deleted container's first child). */
    static void retarget(WorkingConfig wc, String from, String to, Notes notes) {
        XmlElement cons = Sections.section(wc.configuration(), "constraints");
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement k : cons.children()) {
            XmlElement n = k;
            for (String a : REF_ATTRS.keySet()) {
                if (from.equals(n.attr(a))) {
                    n = n.withAttr(a, to);
                }
            }
            n = renameRefs(n, from, to);
            if (!n.equals(k)) {
                notes.info("modified " + typeOf(k) + ":" + k.id() + " from " + from + " to " + to);
            }
            out.add(n);
        }
        wc.set(Sections.update(wc.configuration(), "constraints", s -> s.withChildren(out)));
    }

    private static void dropReferences(WorkingConfig wc, String id, Notes notes) {
        XmlElement cons = Sections.section(wc.configuration(), "constraints");
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement k : cons.children()) {
            boolean direct = REF_ATTRS.keySet().stream().anyMatch(a -> id.equals(k.attr(a)));
            if (direct) {
                notes.info("hanging " + typeOf(k) + ":" + k.id() + " deleted");
                continue;
            }
            List<XmlElement> kids = new ArrayList<>();
            boolean changed = false;
            for (XmlElement c : k.children()) {
                if (c.name().equals("resource_set")) {
                    XmlElement s = c.withoutChildren(r -> r.name().equals("resource_ref") && id.equals(r.id()));
                    changed |= s != c && s.children().size() != c.children().size();
                    if (!s.children("resource_ref").isEmpty()) {
                        kids.add(s);
                    }
                } else {
                    kids.add(c);
                }
            }
            if (!changed) {
                out.add(k);
            } else if (kids.stream().anyMatch(c -> c.name().equals("resource_set"))) {
                notes.info("constraint " + typeOf(k) + ":" + k.id() + " updated");
                out.add(SetSimplifier.simplify(k.withChildren(kids)));
            } else {
                notes.info("hanging " + typeOf(k) + ":" + k.id() + " deleted");
            }
        }
        XmlElement c = Sections.update(wc.configuration(), "constraints", s -> s.withChildren(out));
        c = Sections.update(c, "tags", s -> {
            List<XmlElement> tags = new ArrayList<>();
            for (XmlElement t : s.children()) {
                XmlElement n = t.withoutChildren(r -> id.equals(r.id()));
                if (!n.children().isEmpty()) {
                    tags.add(n);
                }
            }
            return s.withChildren(tags);
        });
        wc.set(c);
    }

    static String typeOf(XmlElement constraint) {
        return ConfigObject.all(XmlElement.of("configuration").withChild(XmlElement.of("constraints")
                .withChild(constraint))).get(0).type();
    }

    private static XmlElement renameRefs(XmlElement e, String from, String to) {
        List<XmlElement> kids = new ArrayList<>();
        for (XmlElement c : e.children()) {
            XmlElement n = renameRefs(c, from, to);
            if ((n.name().equals("resource_ref") || n.name().equals("obj_ref")) && from.equals(n.id())) {
                n = n.withAttr("id", to);
            }
            kids.add(n);
        }
        return e.withChildren(kids);
    }

    public static void rename(WorkingConfig wc, String from, String to, Notes notes) {
        if (wc.find(from).isEmpty()) {
            throw new CrmCommandException("object " + from + " does not exist");
        }
        if (!to.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
            throw new CrmCommandException(to + ": invalid object id");
        }
        if (wc.usedIds().contains(to)) {
            throw new CrmCommandException("id " + to + " is already in use");
        }
        for (XmlElement k : Sections.section(wc.configuration(), "constraints").children()) {
            if (!renameAll(k, from, to).equals(k)) {
                notes.info("modified " + typeOf(k) + ":" + k.id() + " from " + from + " to " + to);
            }
        }
        XmlElement c = renameAll(wc.configuration(), from, to);
        wc.set(c);
    }

    private static XmlElement renameAll(XmlElement e, String from, String to) {
        XmlElement n = e;
        for (String a : List.of("id", "rsc", "with-rsc", "first", "then", "id-ref", "template")) {
            if (a.equals("id") && (n.name().equals("nvpair") || n.name().endsWith("attributes"))) {
                continue;
            }
            if (from.equals(n.attr(a))) {
                n = n.withAttr(a, to);
            }
        }
        List<XmlElement> kids = new ArrayList<>();
        for (XmlElement c : n.children()) {
            kids.add(renameAll(c, from, to));
        }
        return n.withChildren(kids);
    }

    /** {@code erase}: everything but the nodes (and {@code erase nodes}: the nodes too). */
    public static void erase(WorkingConfig wc, boolean nodes) {
        XmlElement c = wc.configuration();
        if (nodes) {
            wc.set(Sections.update(c, "nodes", s -> s.withChildren(List.of())));
            return;
        }
        for (String s : List.of("crm_config", "resources", "constraints")) {
            c = Sections.update(c, s, x -> x.withChildren(List.of()));
        }
        for (String s : List.of("rsc_defaults", "op_defaults", "alerts", "fencing-topology", "tags", "acls")) {
            c = Sections.update(c, s, x -> x.withChildren(List.of()));
        }
        wc.set(c);
    }

    /** {@code modgroup G add RSC [before|after X]} / {@code modgroup G remove RSC}. */
    public static void modgroup(WorkingConfig wc, List<String> args) {
        if (args.size() < 3) {
            throw new CrmCommandException("modgroup: expected GROUP add|remove RESOURCE [before|after RESOURCE]");
        }
        String gid = args.get(0);
        ConfigObject g = wc.find(gid).filter(o -> o.type().equals("group"))
                .orElseThrow(() -> new CrmCommandException("group " + gid + " does not exist"));
        String rid = args.get(2);
        XmlElement c = wc.configuration();
        List<XmlElement> kids = new ArrayList<>(g.xml().children());
        if (args.get(1).equals("add")) {
            Optional<ConfigObject> what = wc.find(rid);
            if (what.isEmpty()) {
                throw new CrmCommandException(gid + " refers to missing object " + rid);
            }
            if (!what.get().type().equals("primitive")) {
                throw new CrmCommandException("a group may contain only primitives; " + rid + " is "
                        + what.get().type());
            }
            if (kids.stream().anyMatch(k -> rid.equals(k.id()))) {
                List<String> members = new ArrayList<>();
                kids.stream().filter(k -> k.name().equals("primitive")).forEach(k -> members.add(k.id()));
                members.add(rid);
                throw new CrmCommandException("syntax in group: child " + rid + " listed more than once in group "
                        + gid + " parsing 'group " + gid + " " + String.join(" ", members) + "'");
            }
            XmlElement rsc = Sections.section(c, "resources").children().stream()
                    .filter(r -> rid.equals(r.id()) && r.name().equals("primitive")).findFirst()
                    .orElseThrow(() -> new CrmCommandException(rid + " is not a top-level primitive"));
            int at = kids.size();
            if (args.size() >= 5) {
                for (int i = 0; i < kids.size(); i++) {
                    if (args.get(4).equals(kids.get(i).id())) {
                        at = args.get(3).equals("before") ? i : i + 1;
                    }
                }
            }
            kids.add(at, rsc);
            c = Sections.update(c, "resources", s -> s.withoutChildren(r -> rid.equals(r.id())));
        } else if (args.get(1).equals("remove")) {
            Optional<XmlElement> m = kids.stream().filter(k -> rid.equals(k.id())).findFirst();
            if (m.isEmpty()) {
                throw new CrmCommandException("configure.modgroup: " + rid + " is not member of " + gid);
            }
            kids.remove(m.get());
            XmlElement moved = m.get();
            c = Sections.update(c, "resources", s -> Sections.append(s, moved));
        } else {
            throw new CrmCommandException("modgroup: unknown action " + args.get(1));
        }
        XmlElement ng = g.xml().withChildren(kids);
        wc.set(Sections.update(c, "resources", s -> Sections.replaceById(s, gid, ng)));
    }

    /** {@code monitor RSC[:ROLE] INTERVAL[:TIMEOUT]}: adds a monitor op to a primitive. */
    public static void monitor(WorkingConfig wc, List<String> args) {
        if (args.size() != 2) {
            throw new CrmCommandException("monitor: expected RESOURCE[:ROLE] INTERVAL[:TIMEOUT]");
        }
        String[] r = args.get(0).split(":", 2);
        String[] it = args.get(1).split(":", 2);
        ConfigObject p = wc.find(r[0]).filter(o -> o.type().equals("primitive"))
                .orElseThrow(() -> new CrmCommandException("primitive " + r[0] + " does not exist"));
        XmlElement op = XmlElement.of("op").withAttr("name", "monitor");
        if (r.length > 1) {
            op = op.withAttr("role", r[1]);
        }
        op = op.withAttr("interval", it[0]);
        if (it.length > 1) {
            op = op.withAttr("timeout", it[1]);
        }
        XmlElement prim = p.xml();
        XmlElement ops = prim.child("operations").orElse(XmlElement.of("operations"));
        String pfx = ops.id() != null ? ops.id() : prim.id();
        Set<String> used = wc.usedIds();
        op = op.withAttr("id", IdAssigner.unique(pfx + "-monitor-" + it[0], used));
        XmlElement np = prim.withChildReplaced(ops.withChild(op));
        wc.set(Sections.update(wc.configuration(), "resources", s -> Sections.replaceById(s, prim.id(), np)));
    }

    /** {@code set ID.NAME VALUE}: changes an existing attribute of an object (params first, then meta). */
    public static void setValue(WorkingConfig wc, String path, String value) {
        int dot = path.indexOf('.');
        if (dot <= 0) {
            throw new CrmCommandException("set: expected <id>.<attribute>, got " + path);
        }
        String id = path.substring(0, dot);
        String name = path.substring(dot + 1);
        ConfigObject o = wc.find(id).orElseThrow(() -> new CrmCommandException("object " + id + " does not exist"));
        for (String kind : List.of("instance_attributes", "meta_attributes", "utilization")) {
            for (XmlElement s : o.xml().children(kind)) {
                for (XmlElement p : s.children("nvpair")) {
                    if (name.equals(p.attr("name"))) {
                        XmlElement np = p.withAttr("value", value);
                        XmlElement ns = Sections.replaceById(s, p.id(), np);
                        XmlElement no = Sections.replaceById(o.xml(), s.id(), ns);
                        wc.set(Sections.replaceById(wc.configuration(), o.xml().id(), no));
                        return;
                    }
                }
            }
        }
        throw new CrmCommandException("set: " + id + " has no attribute " + name);
    }

    /**
     * Turning maintenance-mode on makes per-resource and per-node maintenance flags moot; crmsh
     * removes them (it asks first; -F and sessions answer yes).
     */
    static void dropMaintenanceFlags(WorkingConfig wc, Notes notes) {
        List<ConfigObject> holders = new ArrayList<>();
        for (ConfigObject o : wc.objects()) {
            String kind = o.type().equals("node") ? "instance_attributes" : "meta_attributes";
            if (List.of("node", "primitive", "group", "clone", "ms").contains(o.type()) && o.xml().children(kind)
                    .stream().anyMatch(s -> s.children("nvpair").stream().anyMatch(p ->
                            "maintenance".equals(p.attr("name"))))) {
                holders.add(o);
            }
        }
        holders.sort(java.util.Comparator.comparing((ConfigObject o) -> o.type().equals("node"))
                .thenComparing(ConfigObject::id));
        for (ConfigObject o : holders) {
            notes.info("'maintenance' attribute already exists in " + o.id() + ". Remove it? [YES]");
            XmlElement x = o.xml();
            List<XmlElement> kids = new ArrayList<>();
            for (XmlElement s : x.children()) {
                kids.add(s.withoutChildren(p -> p.name().equals("nvpair") && "maintenance".equals(p.attr("name"))));
            }
            XmlElement nx = x.withChildren(kids);
            XmlElement c = wc.configuration();
            wc.set(o.type().equals("node") ? Sections.update(c, "nodes", n -> Sections.replaceById(n, x.id(), nx))
                    : Sections.update(c, "resources", r -> Sections.replaceById(r, x.id(), nx)));
        }
    }
}
