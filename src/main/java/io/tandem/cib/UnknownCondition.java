package io.tandem.cib;

import java.util.Map;

/** A rule child Tandem does not know; kept verbatim and reported by validation. */
public record UnknownCondition(XmlElement xml) implements RuleCondition {
    @Override
    public Map<String, String> attributes() {
        return xml.attributes();
    }

    @Override
    public XmlElement toXml() {
        return xml;
    }
}
