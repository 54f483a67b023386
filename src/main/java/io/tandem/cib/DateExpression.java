package io.tandem.cib;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A date expression: {@code gt}, {@code lt}, {@code in_range} (start/end or duration) or {@code date_spec}. */
public record DateExpression(Map<String, String> attributes, Optional<XmlElement> dateSpec,
        Optional<XmlElement> duration, List<XmlElement> unknown) implements RuleCondition {

    public DateExpression {
        attributes = Attrs.copy(attributes);
        unknown = List.copyOf(unknown);
    }

    public String operation() {
        return attributes.getOrDefault("operation", "in_range");
    }

    public String start() {
        return attributes.get("start");
    }

    public String end() {
        return attributes.get("end");
    }

    static DateExpression fromXml(XmlElement e) {
        Optional<XmlElement> spec = Optional.empty();
        Optional<XmlElement> dur = Optional.empty();
        List<XmlElement> unknown = new java.util.ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.name().equals("date_spec") && spec.isEmpty()) {
                spec = Optional.of(c);
            } else if (c.name().equals("duration") && dur.isEmpty()) {
                dur = Optional.of(c);
            } else {
                unknown.add(c);
            }
        }
        return new DateExpression(e.attributes(), spec, dur, unknown);
    }

    @Override
    public XmlElement toXml() {
        List<XmlElement> kids = new java.util.ArrayList<>();
        dateSpec.ifPresent(kids::add);
        duration.ifPresent(kids::add);
        kids.addAll(unknown);
        return new XmlElement("date_expression", attributes, kids, "");
    }
}
