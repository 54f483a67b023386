package io.tandem.cib;

import java.util.Map;

/** One condition inside a rule: a nested rule, or an expression of one of Pacemaker's kinds. */
public sealed interface RuleCondition permits Rule, Expression, DateExpression, RscExpression, OpExpression,
        UnknownCondition {

    Map<String, String> attributes();

    XmlElement toXml();

    default String id() {
        return attributes().get("id");
    }

    static RuleCondition fromXml(XmlElement e) {
        return switch (e.name()) {
            case "rule" -> Rule.fromXml(e);
            case "expression" -> new Expression(e.attributes());
            case "date_expression" -> DateExpression.fromXml(e);
            case "rsc_expression" -> new RscExpression(e.attributes());
            case "op_expression" -> new OpExpression(e.attributes());
            default -> new UnknownCondition(e);
        };
    }
}
