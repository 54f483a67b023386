package io.tandem.crm.configure;

import io.tandem.cib.XmlElement;
import io.tandem.crm.lang.CliObject;
import io.tandem.crm.show.ConfigObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configuration being edited: an immutable {@code <configuration>} element replaced by each change.
 * Defining an object checks its id, takes in group/clone children, and assigns crmsh's ids.
 */
public final class WorkingConfig {

    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private XmlElement config;

    public WorkingConfig(XmlElement configuration) {
        this.config = configuration;
    }

    public XmlElement configuration() {
        return config;
    }

    public void reset(XmlElement configuration) {
        this.config = configuration;
    }

    public List<ConfigObject> objects() {
        return ConfigObject.all(config);
    }

    public Optional<ConfigObject> find(String id) {
        return objects().stream().filter(o -> id.equals(o.id())).findFirst();
    }

    public List<String> nodeNames() {
        List<String> out = new ArrayList<>();
        Sections.section(config, "nodes").children("node").forEach(n -> out.add(n.attr("uname", n.id())));
        return out;
    }

    Set<String> usedIds() {
        Set<String> used = new HashSet<>();
        IdAssigner.collect(config, used);
        return used;
    }

    /** Adds (or for nodes, properties and fencing, updates) an object; throws when crmsh would refuse it. */
    public void define(CliObject o, Notes notes) {
        switch (o.type()) {
            case "node" -> defineNode(o);
            case "property" -> defineSet(o, "crm_config");
            case "rsc_defaults", "op_defaults" -> defineSet(o, o.type());
            case "fencing_topology" -> defineFencing(o);
            default -> defineObject(o, notes);
        }
    }

    private void checkNew(CliObject o) {
        String id = o.id();
        if (id == null || !NCNAME.matcher(id).matches()) {
            String xml = io.tandem.cib.CibXml.write(o.xml().withChildren(List.of())).strip();
            throw new CrmCommandException(id + ": invalid object id" + (o.xml().children().isEmpty()
                    ? "\nERROR: No ID found for " + o.xml().name() + ": " + xml : ""));
        }
        // node ids are plain text in the schema (not XML IDs), so a resource may share a node's name
        Optional<ConfigObject> existing = objects().stream().filter(x -> id.equals(x.id()) && !x.type().equals("node"))
                .findFirst();
        if (existing.isPresent()) {
            throw new CrmCommandException("Cannot create " + o.type() + " with ID '" + id + "': Found existing "
                    + existing.get().type() + " with same ID.");
        }
        Set<String> nodeIds = new HashSet<>();
        Sections.section(config, "nodes").children("node").forEach(n -> nodeIds.add(n.id()));
        if (usedIds().contains(id) && !nodeIds.contains(id)) {
            throw new CrmCommandException("Cannot create " + o.type() + " with ID '" + id
                    + "': the id is already used by another element");
        }
    }

    private void defineObject(CliObject o, Notes notes) {
        checkNew(o);
        XmlElement x = o.xml();
        XmlElement next = config;
        if (List.of("group", "clone", "ms", "bundle").contains(o.type()) && !o.childRefs().isEmpty()) {
            List<XmlElement> children = new ArrayList<>();
            XmlElement resources = Sections.section(config, "resources");
            List<String> present = new ArrayList<>();
            for (String ref : o.childRefs()) {
                Optional<ConfigObject> any = find(ref);
                if (any.isEmpty() || !List.of("primitive", "group").contains(any.get().type())) {
                    notes.error(o.id() + " refers to missing object " + ref);
                } else {
                    present.add(ref);
                }
            }
            for (String ref : present) {
                Optional<XmlElement> top = resources.children().stream().filter(r -> ref.equals(r.id())).findFirst();
                Optional<ConfigObject> any = find(ref);
                if (top.isEmpty()) {
                    ConfigObject parent = parentOf(ref);
                    throw new CrmCommandException("Cannot create " + o.type() + ":" + o.id() + ": Child "
                            + any.get().type() + ":" + ref + " already in " + parent.type() + ":" + parent.id());
                }
                if (o.type().equals("group") && !top.get().name().equals("primitive")) {
                    throw new CrmCommandException("Cannot create group:" + o.id() + ": Child " + any.get().type()
                            + ":" + ref + " is not a primitive");
                }
                children.add(top.get());
            }
            if (children.isEmpty()) {
                String word = o.type().equals("ms") ? "ms" : o.type();
                throw new CrmCommandException("syntax in " + word + ": Expected at least 2 arguments near <" + word
                        + "> parsing '" + word + " " + o.id() + "'");
            }
            Set<String> taken = new HashSet<>();
            children.forEach(c -> taken.add(c.id()));
            next = Sections.update(next, "resources", r -> r.withoutChildren(c -> taken.contains(c.id())));
            List<XmlElement> kids = new ArrayList<>(x.children());
            int at = kids.size();
            if (o.type().equals("bundle")) {
                // a bundle's primitive comes before its attribute sets, as in the schema
                for (int i = kids.size() - 1; i >= 0 && kids.get(i).name().endsWith("attributes"); i--) {
                    at = i;
                }
            }
            kids.addAll(at, children);
            x = x.withChildren(kids);
        }
        x = resolveRefs(x);
        Set<String> used = usedIds();
        used.add(o.id());
        x = IdAssigner.assign(x, used);
        String section = switch (o.type()) {
            case "primitive", "rsc_template", "group", "clone", "ms", "bundle" -> "resources";
            case "tag" -> "tags";
            case "alert" -> "alerts";
            case "role", "acl_target", "acl_group" -> "acls";
            default -> "constraints";
        };
        XmlElement added = x;
        config = Sections.update(next, section, s -> Sections.append(s, added));
        if (List.of("group", "clone", "ms").contains(o.type())) {
            // constraints on a resource that went into a container now apply to the container
            for (XmlElement child : x.children()) {
                if (io.tandem.cib.Resource.isResourceElement(child.name())) {
                    ConfigEdits.retarget(this, child.id(), o.id(), notes);
                }
            }
        }
    }

    /**
     * crmsh accepts an id-ref to the object that holds the referenced element: {@code operations
     * $id-ref=PRIMITIVE} means that primitive's operations, {@code rule $id-ref=LOCATION} its first rule.
     */
    private XmlElement resolveRefs(XmlElement e) {
        XmlElement n = e;
        String ref = e.attr("id-ref");
        if (ref != null && (e.name().equals("operations") || e.name().equals("rule"))) {
            Optional<ConfigObject> holder = find(ref);
            if (holder.isPresent()) {
                Optional<XmlElement> inner = holder.get().xml().child(e.name());
                if (inner.isPresent() && inner.get().id() != null) {
                    n = e.withAttr("id-ref", inner.get().id());
                }
            }
        }
        List<XmlElement> kids = new ArrayList<>();
        for (XmlElement c : n.children()) {
            kids.add(resolveRefs(c));
        }
        return n.withChildren(kids);
    }

    ConfigObject parentOf(String id) {
        ConfigObject best = null;
        for (ConfigObject o : objects()) {
            if (List.of("group", "clone", "ms").contains(o.type())) {
                for (XmlElement c : o.xml().children()) {
                    if (id.equals(c.id())) {
                        best = o;
                    }
                }
            }
        }
        return best;
    }

    private void defineNode(CliObject o) {
        XmlElement n = o.xml();
        String uname = n.attr("uname");
        XmlElement nodes = Sections.section(config, "nodes");
        Optional<XmlElement> existing = nodes.children("node").stream()
                .filter(x -> uname.equals(x.attr("uname", x.id()))).findFirst();
        XmlElement base = existing.orElse(n.id() == null ? n.withAttr("id", uname) : n);
        for (String k : n.attributes().keySet()) {
            if (!k.equals("id")) {
                base = base.withAttr(k, n.attr(k));
            }
        }
        Set<String> used = usedIds();
        existing.ifPresent(e -> e.walk(x -> used.remove(x.id())));
        XmlElement updated = IdAssigner.assign(base.withChildren(n.children()), used);
        if (existing.isPresent()) {
            config = Sections.update(config, "nodes", s -> Sections.replaceById(s, existing.get().id(), updated));
        } else {
            config = Sections.update(config, "nodes", s -> Sections.append(s, updated));
        }
    }

    /** property/rsc_defaults/op_defaults: pairs merge into the set with the same id (created when new). */
    private void defineSet(CliObject o, String sectionName) {
        XmlElement set = o.xml();
        XmlElement section = Sections.section(config, sectionName);
        Optional<XmlElement> existing = section.children().stream().filter(s -> set.id().equals(s.id())).findFirst();
        Set<String> used = usedIds();
        if (existing.isEmpty()) {
            XmlElement added = IdAssigner.assign(set, used);
            config = Sections.update(config, sectionName, s -> Sections.append(s, added));
            return;
        }
        List<XmlElement> kids = new ArrayList<>(existing.get().children());
        List<XmlElement> fresh = new ArrayList<>();
        for (XmlElement p : set.children()) {
            if (p.name().equals("nvpair")) {
                int at = -1;
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.get(i).name().equals("nvpair") && p.attr("name").equals(kids.get(i).attr("name"))) {
                        at = i;
                    }
                }
                if (at >= 0) {
                    kids.set(at, kids.get(at).withAttr("value", p.attr("value")));
                    continue;
                }
            } else if (p.name().equals("rule")) {
                kids.removeIf(k -> k.name().equals("rule"));
            }
            fresh.add(p);
        }
        XmlElement withNew = IdAssigner.assign(XmlElement.of("x").withAttr("id", set.id()).withChildren(fresh), used);
        kids.addAll(withNew.children());
        XmlElement merged = existing.get().withChildren(kids);
        config = Sections.update(config, sectionName, s -> Sections.replaceById(s, set.id(), merged));
    }

    private void defineFencing(CliObject o) {
        List<XmlElement> levels = new ArrayList<>();
        for (XmlElement l : o.xml().children()) {
            if ("".equals(l.attr("target"))) {
                for (String n : nodeNames()) {
                    levels.add(l.withAttr("target", n));
                }
            } else {
                levels.add(l);
            }
        }
        if (o.xml().children().stream().allMatch(l -> "".equals(l.attr("target")))) {
            levels.sort((a, b) -> nodeNames().indexOf(a.attr("target")) - nodeNames().indexOf(b.attr("target")));
        }
        Set<String> used = usedIds();
        Sections.section(config, "fencing-topology").walk(x -> used.remove(x.id()));
        XmlElement ft = IdAssigner.assign(XmlElement.of("fencing-topology").withChildren(levels), used);
        config = Sections.update(config, "fencing-topology", s -> s.withChildren(ft.children()));
    }

    void set(XmlElement c) {
        config = c;
    }
}
