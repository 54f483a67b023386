package io.tandem.cib;

import java.util.Map;

/**
 * A node attribute expression: {@code attribute operation value}, compared as {@code type}
 * (string, integer, number, version); {@code value-source} may point at a parameter or meta attribute.
 */
public record Expression(Map<String, String> attributes) implements RuleCondition {
    public Expression {
        attributes = Attrs.copy(attributes);
    }

    public static Expression of(String id, String attribute, String operation, String value, String type) {
        return new Expression(Attrs.of().put("id", id).put("attribute", attribute).put("operation", operation)
                .put("value", value).put("type", type).build());
    }

    public String attribute() {
        return attributes.get("attribute");
    }

    public String operation() {
        return attributes.get("operation");
    }

    public String value() {
        return attributes.get("value");
    }

    public String type() {
        return attributes.get("type");
    }

    public String valueSource() {
        return attributes.getOrDefault("value-source", "literal");
    }

    @Override
    public XmlElement toXml() {
        return new XmlElement("expression", attributes, java.util.List.of(), "");
    }
}
