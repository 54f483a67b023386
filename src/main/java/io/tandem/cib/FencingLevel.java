package io.tandem.cib;

import java.util.Map;

/** One {@code fencing-level}: a target (name, pattern or attribute), an index and its devices. */
public record FencingLevel(Map<String, String> attributes) {
    public FencingLevel {
        attributes = Attrs.copy(attributes);
    }

    public String id() {
        return attributes.get("id");
    }

    public String target() {
        return attributes.get("target");
    }

    public String index() {
        return attributes.get("index");
    }

    public String devices() {
        return attributes.get("devices");
    }

    XmlElement toXml() {
        return new XmlElement("fencing-level", attributes, java.util.List.of(), "");
    }
}
