package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A primitive resource: an agent ({@code class:provider:type}, or a {@code template} reference),
 * its attribute sets and its operations.
 *
 * @param operationsAttributes attributes of the {@code <operations>} element (an id, or an id-ref),
 *                             empty when there is no such element
 */
public record Primitive(Map<String, String> attributes, List<NvSet> sets, Optional<Map<String, String>> operationsAttributes,
        List<Operation> operations, List<XmlElement> unknown) implements Resource {

    public Primitive {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        operationsAttributes = operationsAttributes.map(Attrs::copy);
        operations = List.copyOf(operations);
        unknown = List.copyOf(unknown);
    }

    public static Primitive of(String id, String cls, String provider, String type) {
        return new Primitive(Attrs.of().put("id", id).put("class", cls).put("provider", provider).put("type", type)
                .build(), List.of(), Optional.empty(), List.of(), List.of());
    }

    /** The agent class (ocf, lsb, service, systemd, stonith); null when taken from a template. */
    public String agentClass() {
        return attributes.get("class");
    }

    public String provider() {
        return attributes.get("provider");
    }

    public String type() {
        return attributes.get("type");
    }

    public String template() {
        return attributes.get("template");
    }

    /** "ocf:heartbeat:apache", as crm_mon prints the agent. */
    public String agentSpec() {
        String c = agentClass();
        String p = provider();
        return (c == null ? "" : c) + (p == null ? "" : ":" + p) + ":" + (type() == null ? "" : type());
    }

    public boolean isStonith() {
        return "stonith".equals(agentClass());
    }

    public Primitive withSets(List<NvSet> newSets) {
        return new Primitive(attributes, newSets, operationsAttributes, operations, unknown);
    }

    public Primitive withOperations(List<Operation> ops) {
        Optional<Map<String, String>> oa = operationsAttributes;
        if (oa.isEmpty() && !ops.isEmpty()) {
            oa = Optional.of(Map.of());
        }
        return new Primitive(attributes, sets, oa, ops, unknown);
    }

    public Primitive withAttributes(Map<String, String> attrs) {
        return new Primitive(attrs, sets, operationsAttributes, operations, unknown);
    }

    @Override
    public List<Resource> selfAndDescendants() {
        return List.of(this);
    }

    static Primitive fromXml(XmlElement e) {
        List<NvSet> sets = new ArrayList<>();
        List<Operation> ops = new ArrayList<>();
        Optional<Map<String, String>> opsAttrs = Optional.empty();
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (NvSet.isSetElement(c.name())) {
                sets.add(NvSet.fromXml(c));
            } else if (c.name().equals("operations") && opsAttrs.isEmpty()) {
                opsAttrs = Optional.of(c.attributes());
                for (XmlElement o : c.children()) {
                    if (o.name().equals("op")) {
                        ops.add(Operation.fromXml(o));
                    } else {
                        throw new CibException("<operations> of " + e.id() + ": unexpected <" + o.name() + ">");
                    }
                }
            } else {
                unknown.add(c);
            }
        }
        return new Primitive(e.attributes(), sets, opsAttrs, ops, unknown);
    }

    @Override
    public XmlElement toXml() {
        return toXml("primitive");
    }

    XmlElement toXml(String elementName) {
        List<XmlElement> kids = new ArrayList<>();
        sets.forEach(s -> kids.add(s.toXml()));
        operationsAttributes.ifPresent(oa -> kids.add(new XmlElement("operations", oa,
                operations.stream().map(Operation::toXml).toList(), "")));
        kids.addAll(unknown);
        return new XmlElement(elementName, attributes, kids, "");
    }
}
