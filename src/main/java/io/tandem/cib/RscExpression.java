package io.tandem.cib;

import java.util.Map;

/** Matches a resource's agent: {@code class}, {@code provider}, {@code type} (rsc_defaults/op_defaults rules). */
public record RscExpression(Map<String, String> attributes) implements RuleCondition {
    public RscExpression {
        attributes = Attrs.copy(attributes);
    }

    @Override
    public XmlElement toXml() {
        return new XmlElement("rsc_expression", attributes, java.util.List.of(), "");
    }
}
