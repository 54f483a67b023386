package io.tandem.cib;

import java.util.Map;

/** Matches an operation by {@code name} and optional {@code interval} (op_defaults rules). */
public record OpExpression(Map<String, String> attributes) implements RuleCondition {
    public OpExpression {
        attributes = Attrs.copy(attributes);
    }

    @Override
    public XmlElement toXml() {
        return new XmlElement("op_expression", attributes, java.util.List.of(), "");
    }
}
