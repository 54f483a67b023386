package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code configuration} section: cluster properties, nodes, resources, constraints, defaults,
 * alerts, fencing topology, tags and ACLs. Optional sections stay absent when the input lacked them.
 */
public record Configuration(List<NvSet> crmConfig, List<CibNode> nodes, List<Resource> resources,
        List<Constraint> constraints, Optional<List<NvSet>> rscDefaults, Optional<List<NvSet>> opDefaults,
        Optional<List<Alert>> alerts, Optional<List<FencingLevel>> fencingTopology, Optional<List<Tag>> tags,
        Optional<XmlElement> acls, List<XmlElement> unknown, Map<String, Map<String, String>> sectionAttributes) {

    public Configuration {
        Map<String, Map<String, String>> sa = new java.util.LinkedHashMap<>();
        sectionAttributes.forEach((k, v) -> sa.put(k, Attrs.copy(v)));
        sectionAttributes = java.util.Collections.unmodifiableMap(sa);
        crmConfig = List.copyOf(crmConfig);
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        constraints = List.copyOf(constraints);
        rscDefaults = rscDefaults.map(List::copyOf);
        opDefaults = opDefaults.map(List::copyOf);
        alerts = alerts.map(List::copyOf);
        fencingTopology = fencingTopology.map(List::copyOf);
        tags = tags.map(List::copyOf);
        unknown = List.copyOf(unknown);
    }

    public static Configuration empty() {
        return new Configuration(List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    /** A cluster property from any rule-less cluster_property_set, the first one winning. */
    public Optional<String> property(String name) {
        for (NvSet s : crmConfig) {
            if (s.rule().isEmpty()) {
                Optional<String> v = s.get(name);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /** Every resource at any depth (clones, groups and their members), in document order. */
    public List<Resource> allResources() {
        List<Resource> out = new ArrayList<>();
        for (Resource r : resources) {
            out.addAll(r.selfAndDescendants());
        }
        return out;
    }

    public List<Primitive> allPrimitives() {
        List<Primitive> out = new ArrayList<>();
        for (Resource r : allResources()) {
            if (r instanceof Primitive p) {
                out.add(p);
            }
        }
        return out;
    }

    public Optional<Resource> findResource(String id) {
        for (Resource r : allResources()) {
            if (id.equals(r.id())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The top-level resource that contains {@code id} (itself when it is top-level). */
    public Optional<Resource> topParentOf(String id) {
        for (Resource r : resources) {
            for (Resource d : r.selfAndDescendants()) {
                if (id.equals(d.id())) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<CibNode> findNode(String uname) {
        for (CibNode n : nodes) {
            if (uname.equals(n.uname())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    public Optional<Constraint> findConstraint(String id) {
        for (Constraint c : constraints) {
            if (id.equals(c.id())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Configuration withCrmConfig(List<NvSet> v) {
        return new Configuration(v, nodes, resources, constraints, rscDefaults, opDefaults, alerts, fencingTopology,
                tags, acls, unknown, sectionAttributes);
    }

    public Configuration withNodes(List<CibNode> v) {
        return new Configuration(crmConfig, v, resources, constraints, rscDefaults, opDefaults, alerts,
                fencingTopology, tags, acls, unknown, sectionAttributes);
    }

    public Configuration withResources(List<Resource> v) {
        return new Configuration(crmConfig, nodes, v, constraints, rscDefaults, opDefaults, alerts, fencingTopology,
                tags, acls, unknown, sectionAttributes);
    }

    public Configuration withConstraints(List<Constraint> v) {
        return new Configuration(crmConfig, nodes, resources, v, rscDefaults, opDefaults, alerts, fencingTopology,
                tags, acls, unknown, sectionAttributes);
    }

    public Configuration withRscDefaults(List<NvSet> v) {
        return new Configuration(crmConfig, nodes, resources, constraints, Optional.of(v), opDefaults, alerts,
                fencingTopology, tags, acls, unknown, sectionAttributes);
    }

    public Configuration withOpDefaults(List<NvSet> v) {
        return new Configuration(crmConfig, nodes, resources, constraints, rscDefaults, Optional.of(v), alerts,
                fencingTopology, tags, acls, unknown, sectionAttributes);
    }

    public Configuration withTags(List<Tag> v) {
        return new Configuration(crmConfig, nodes, resources, constraints, rscDefaults, opDefaults, alerts,
                fencingTopology, Optional.of(v), acls, unknown, sectionAttributes);
    }

    static Configuration fromXml(XmlElement e) {
        List<NvSet> crm = null;
        List<CibNode> nodes = null;
        List<Resource> resources = null;
        List<Constraint> constraints = null;
        Optional<List<NvSet>> rscDefaults = Optional.empty();
        Optional<List<NvSet>> opDefaults = Optional.empty();
        Optional<List<Alert>> alerts = Optional.empty();
        Optional<List<FencingLevel>> fencing = Optional.empty();
        Optional<List<Tag>> tags = Optional.empty();
        Optional<XmlElement> acls = Optional.empty();
        List<XmlElement> unknown = new ArrayList<>();
        Map<String, Map<String, String>> sectionAttrs = new java.util.LinkedHashMap<>();
        if (!e.attributes().isEmpty()) {
            sectionAttrs.put("configuration", e.attributes());
        }
        for (XmlElement c : e.children()) {
            if (!c.attributes().isEmpty() && !c.name().equals("acls")) {
                sectionAttrs.put(c.name(), c.attributes());
            }
            switch (c.name()) {
                case "crm_config" -> crm = NvSet.allFromXml(c);
                case "nodes" -> {
                    nodes = new ArrayList<>();
                    for (XmlElement n : c.children()) {
                        if (!n.name().equals("node")) {
                            throw new CibException("<nodes>: unexpected element <" + n.name() + ">");
                        }
                        nodes.add(CibNode.fromXml(n));
                    }
                }
                case "resources" -> {
                    resources = new ArrayList<>();
                    for (XmlElement r : c.children()) {
                        resources.add(Resource.fromXml(r));
                    }
                }
                case "constraints" -> {
                    constraints = new ArrayList<>();
                    for (XmlElement r : c.children()) {
                        constraints.add(Constraint.fromXml(r));
                    }
                }
                case "rsc_defaults" -> rscDefaults = Optional.of(NvSet.allFromXml(c));
                case "op_defaults" -> opDefaults = Optional.of(NvSet.allFromXml(c));
                case "alerts" -> alerts = Optional.of(c.children("alert").stream().map(Alert::new).toList());
                case "fencing-topology" -> fencing = Optional.of(
                        c.children("fencing-level").stream().map(x -> new FencingLevel(x.attributes())).toList());
                case "tags" -> tags = Optional.of(c.children("tag").stream().map(Tag::fromXml).toList());
                case "acls" -> acls = Optional.of(c);
                default -> unknown.add(c);
            }
        }
        String missing = crm == null ? "crm_config" : nodes == null ? "nodes" : resources == null ? "resources"
                : constraints == null ? "constraints" : null;
        if (missing != null) {
            throw new CibException("<configuration>: required section <" + missing + "> is missing");
        }
        return new Configuration(crm, nodes, resources, constraints, rscDefaults, opDefaults, alerts, fencing, tags,
                acls, unknown, sectionAttrs);
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        kids.add(section("crm_config", crmConfig.stream().map(NvSet::toXml).toList()));
        kids.add(section("nodes", nodes.stream().map(CibNode::toXml).toList()));
        kids.add(section("resources", resources.stream().map(Resource::toXml).toList()));
        kids.add(section("constraints", constraints.stream().map(Constraint::toXml).toList()));
        rscDefaults.ifPresent(v -> kids.add(section("rsc_defaults", v.stream().map(NvSet::toXml).toList())));
        opDefaults.ifPresent(v -> kids.add(section("op_defaults", v.stream().map(NvSet::toXml).toList())));
        alerts.ifPresent(v -> kids.add(section("alerts", v.stream().map(Alert::xml).toList())));
        fencingTopology.ifPresent(v -> kids.add(section("fencing-topology",
                v.stream().map(FencingLevel::toXml).toList())));
        tags.ifPresent(v -> kids.add(section("tags", v.stream().map(Tag::toXml).toList())));
        acls.ifPresent(kids::add);
        kids.addAll(unknown);
        return new XmlElement("configuration", sectionAttributes.getOrDefault("configuration", Map.of()), kids, "");
    }

    private XmlElement section(String name, List<XmlElement> kids) {
        return new XmlElement(name, sectionAttributes.getOrDefault(name, Map.of()), kids, "");
    }
}
