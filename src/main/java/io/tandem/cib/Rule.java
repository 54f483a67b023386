package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule: conditions combined with {@code boolean-op} (and/or), with the score it contributes when it
 * applies (location rules) or when it is used to select an attribute set.
 */
public record Rule(Map<String, String> attributes, List<RuleCondition> conditions) implements RuleCondition {

    public Rule {
        attributes = Attrs.copy(attributes);
        conditions = List.copyOf(conditions);
    }

    public String id() {
        return attributes.get("id");
    }

    public String idRef() {
        return attributes.get("id-ref");
    }

    public String score() {
        return attributes.get("score");
    }

    public String scoreAttribute() {
        return attributes.get("score-attribute");
    }

    /** "and" unless the rule says "or". */
    public String booleanOp() {
        return attributes.getOrDefault("boolean-op", "and");
    }

    public String role() {
        return attributes.get("role");
    }

    static Rule fromXml(XmlElement e) {
        List<RuleCondition> conds = new ArrayList<>();
        for (XmlElement c : e.children()) {
            conds.add(RuleCondition.fromXml(c));
        }
        return new Rule(e.attributes(), conds);
    }

    @Override
    public XmlElement toXml() {
        return new XmlElement("rule", attributes, conditions.stream().map(RuleCondition::toXml).toList(), "");
    }
}
