package io.tandem.cib;

import java.util.List;
import java.util.Map;

/**
 * An alert agent ({@code <alert id path>}) with its attribute sets, {@code select} filter and recipients.
 * Kept as its element: Tandem runs no alert agents yet, but never drops one.
 */
public record Alert(XmlElement xml) {

    public String id() {
        return xml.id();
    }

    public String path() {
        return xml.attr("path");
    }

    public List<NvSet> sets() {
        return NvSet.allFromXml(xml);
    }

    /** Recipient values (for example a log file or an address). */
    public List<String> recipients() {
        return xml.children("recipient").stream().map(r -> r.attr("value")).toList();
    }

    public Map<String, String> attributes() {
        return xml.attributes();
    }
}
