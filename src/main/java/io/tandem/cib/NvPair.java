package io.tandem.cib;

import java.util.Map;

/** One name/value pair of an attribute set ({@code <nvpair id name value/>}, or an {@code id-ref}). */
public record NvPair(Map<String, String> attributes) {
    public NvPair {
        attributes = Attrs.copy(attributes);
    }

    public static NvPair of(String id, String name, String value) {
        return new NvPair(Attrs.of().put("id", id).put("name", name).put("value", value).build());
    }

    public String id() {
        return attributes.get("id");
    }

    public String name() {
        return attributes.get("name");
    }

    /** Null when the pair has no value (Pacemaker then treats the attribute as unset). */
    public String value() {
        return attributes.get("value");
    }

    public String idRef() {
        return attributes.get("id-ref");
    }

    static NvPair fromXml(XmlElement e) {
        return new NvPair(e.attributes());
    }

    XmlElement toXml() {
        return new XmlElement("nvpair", attributes, java.util.List.of(), "");
    }
}
