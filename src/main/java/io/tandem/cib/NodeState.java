package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node's entry in the status section: membership flags ({@code in_ccm}, {@code crmd}, {@code join},
 * {@code expected}, {@code shutdown}), its transient attributes, and its resource history.
 *
 * @param transientAttributes attributes of {@code <transient_attributes>} and its sets, when present
 * @param lrm                 attributes of {@code <lrm>} when present
 * @param lrmResources        attributes of {@code <lrm_resources>} inside {@code <lrm>}, when present
 */
public record NodeState(Map<String, String> attributes, Optional<Map<String, String>> transientAttributes,
        List<NvSet> transientSets, Optional<Map<String, String>> lrm, Optional<Map<String, String>> lrmResources,
        List<LrmResource> resources, List<XmlElement> unknown) {

    public NodeState {
        attributes = Attrs.copy(attributes);
        transientAttributes = transientAttributes.map(Attrs::copy);
        transientSets = List.copyOf(transientSets);
        lrm = lrm.map(Attrs::copy);
        lrmResources = lrmResources.map(Attrs::copy);
        resources = List.copyOf(resources);
        unknown = List.copyOf(unknown);
    }

    public static NodeState of(String id, String uname) {
        return new NodeState(Attrs.of().put("id", id).put("uname", uname).build(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    public String id() {
        return attributes.get("id");
    }

    public String uname() {
        return attributes.getOrDefault("uname", id());
    }

    public String get(String key) {
        return attributes.get(key);
    }

    /** A transient node attribute (fail-count-*, last-failure-*, pingd values...), ignoring rules. */
    public Optional<String> transientAttribute(String name) {
        for (NvSet s : transientSets) {
            Optional<String> v = s.get(name);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    public NodeState withAttribute(String key, String value) {
        return new NodeState(Attrs.with(attributes, key, value), transientAttributes, transientSets, lrm,
                lrmResources, resources, unknown);
    }

    public NodeState withTransientSets(List<NvSet> sets) {
        Optional<Map<String, String>> ta = transientAttributes.isPresent() ? transientAttributes
                : Optional.of(Map.of("id", id()));
        return new NodeState(attributes, ta, sets, lrm, lrmResources, resources, unknown);
    }

    public NodeState withResources(List<LrmResource> rs) {
        Optional<Map<String, String>> l = lrm.isPresent() ? lrm : Optional.of(Map.of("id", id()));
        Optional<Map<String, String>> lr = lrmResources.isPresent() ? lrmResources : Optional.of(Map.of());
        return new NodeState(attributes, transientAttributes, transientSets, l, lr, rs, unknown);
    }

    static NodeState fromXml(XmlElement e) {
        Optional<Map<String, String>> ta = Optional.empty();
        List<NvSet> tsets = new ArrayList<>();
        Optional<Map<String, String>> lrm = Optional.empty();
        Optional<Map<String, String>> lrmResources = Optional.empty();
        List<LrmResource> rs = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.name().equals("transient_attributes") && ta.isEmpty()) {
                ta = Optional.of(c.attributes());
                for (XmlElement s : c.children()) {
                    if (!NvSet.isSetElement(s.name())) {
                        throw new CibException("transient_attributes of node " + e.id() + ": unexpected <"
                                + s.name() + ">");
                    }
                    tsets.add(NvSet.fromXml(s));
                }
            } else if (c.name().equals("lrm") && lrm.isEmpty()) {
                lrm = Optional.of(c.attributes());
                for (XmlElement lr : c.children()) {
                    if (!lr.name().equals("lrm_resources") || lrmResources.isPresent()) {
                        throw new CibException("lrm of node " + e.id() + ": unexpected <" + lr.name() + ">");
                    }
                    lrmResources = Optional.of(lr.attributes());
                    for (XmlElement r : lr.children()) {
                        if (!r.name().equals("lrm_resource")) {
                            throw new CibException("lrm_resources of node " + e.id() + ": unexpected <"
                                    + r.name() + ">");
                        }
                        rs.add(LrmResource.fromXml(r));
                    }
                }
            } else {
                unknown.add(c);
            }
        }
        return new NodeState(e.attributes(), ta, tsets, lrm, lrmResources, rs, unknown);
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        transientAttributes.ifPresent(ta -> kids.add(new XmlElement("transient_attributes", ta,
                transientSets.stream().map(NvSet::toXml).toList(), "")));
        lrm.ifPresent(l -> {
            List<XmlElement> lk = lrmResources.map(a -> List.of(new XmlElement("lrm_resources", a,
                    resources.stream().map(LrmResource::toXml).toList(), ""))).orElse(List.of());
            kids.add(new XmlElement("lrm", l, lk, ""));
        });
        kids.addAll(unknown);
        return new XmlElement("node_state", attributes, kids, "");
    }
}
