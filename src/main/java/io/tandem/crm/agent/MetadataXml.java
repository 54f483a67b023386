package io.tandem.crm.agent;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lenient reading of OCF 1.0/1.1 meta-data: only parameters and actions matter here. */
final class MetadataXml {

    private MetadataXml() {
    }

    static Optional<AgentInfo> parse(String spec, String xml) {
        int start = xml.indexOf("<resource-agent");
        if (start < 0) {
            return Optional.empty();
        }
        XmlElement root;
        try {
            root = CibXml.parse(xml.substring(start));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<AgentParameter> params = new ArrayList<>();
        root.child("parameters").ifPresent(ps -> ps.children("parameter").forEach(p -> {
            String type = p.child("content").map(c -> c.attr("type")).orElse("string");
            String def = p.child("content").map(c -> c.attr("default")).orElse(null);
            params.add(new AgentParameter(p.attr("name"), truth(p.attr("required")), truth(p.attr("unique")), type,
                    def));
        }));
        List<AgentAction> actions = new ArrayList<>();
        root.child("actions").ifPresent(as -> as.children("action").forEach(a -> actions.add(new AgentAction(
                a.attr("name"), a.attr("timeout"), a.attr("interval"), a.attr("role"), a.attr("depth")))));
        return Optional.of(new AgentInfo(spec, params, actions));
    }

    private static boolean truth(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v) || "yes".equalsIgnoreCase(v);
    }
}
