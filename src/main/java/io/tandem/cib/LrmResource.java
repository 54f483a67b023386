package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The history of one resource on one node: its agent and its operation records. */
public record LrmResource(Map<String, String> attributes, List<LrmRscOp> ops, List<XmlElement> unknown) {

    public LrmResource {
        attributes = Attrs.copy(attributes);
        ops = List.copyOf(ops);
        unknown = List.copyOf(unknown);
    }

    public static LrmResource of(String id, String cls, String provider, String type) {
        return new LrmResource(Attrs.of().put("id", id).put("type", type).put("class", cls)
                .put("provider", provider).build(), List.of(), List.of());
    }

    public String id() {
        return attributes.get("id");
    }

    public String agentClass() {
        return attributes.get("class");
    }

    public String provider() {
        return attributes.get("provider");
    }

    public String type() {
        return attributes.get("type");
    }

    public LrmResource withOps(List<LrmRscOp> newOps) {
        return new LrmResource(attributes, newOps, unknown);
    }

    public static LrmResource fromXml(XmlElement e) {
        List<LrmRscOp> ops = new ArrayList<>();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.name().equals("lrm_rsc_op")) {
                ops.add(new LrmRscOp(c.attributes()));
            } else {
                unknown.add(c);
            }
        }
        return new LrmResource(e.attributes(), ops, unknown);
    }

    public XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        ops.forEach(o -> kids.add(o.toXml()));
        kids.addAll(unknown);
        return new XmlElement("lrm_resource", attributes, kids, "");
    }
}
