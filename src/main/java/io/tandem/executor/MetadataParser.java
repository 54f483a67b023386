package io.tandem.executor;

import io.tandem.cib.CibException;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses agent meta-data leniently: OCF 1.0 and 1.1, unknown elements ignored, no DTD validation
 * (ocf:pacemaker:ping fails the 1.0 DTD). Only XML that cannot be read, or is not a resource-agent, fails.
 */
public final class MetadataParser {

    private MetadataParser() {
    }

    public static AgentMetadata parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new MetadataException("meta-data is empty");
        }
        XmlElement root;
        try {
            root = CibXml.parse(stripDoctype(xml));
        } catch (CibException e) {
            throw new MetadataException("meta-data is not valid XML: " + e.getMessage());
        }
        if (!"resource-agent".equals(root.name())) {
            throw new MetadataException("meta-data root is <" + root.name() + ">, not <resource-agent>");
        }
        String version = root.child("version").map(XmlElement::text).orElse("");
        String shortDesc = english(root, "shortdesc");
        List<AgentParameter> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        root.child("parameters").ifPresent(ps -> {
            for (XmlElement p : ps.children("parameter")) {
                String name = p.attr("name");
                if (name != null && !name.isEmpty() && seen.add(name)) {
                    params.add(parameter(p, name));
                }
            }
        });
        List<AgentActionSpec> actions = new ArrayList<>();
        root.child("actions").ifPresent(as -> {
            for (XmlElement a : as.children("action")) {
                String name = a.attr("name");
                if (name != null && !name.isEmpty()) {
                    actions.add(new AgentActionSpec(name, OcfTime.parse(a.attr("timeout")),
                            OcfTime.parse(a.attr("interval")), a.optAttr("depth"), a.optAttr("role"),
                            OcfTime.parse(a.attr("start-delay"))));
                }
            }
        });
        return new AgentMetadata(root.attr("name", ""), version, shortDesc, params, actions, xml);
    }

    private static AgentParameter parameter(XmlElement p, String name) {
        Optional<XmlElement> content = p.child("content");
        String type = content.map(c -> c.attr("type", "string")).orElse("string");
        Optional<String> dflt = content.flatMap(c -> c.optAttr("default"));
        boolean unique = truthy(p.attr("unique")) || p.optAttr("unique-group").isPresent();
        return new AgentParameter(name, truthy(p.attr("required")), unique, truthy(p.attr("reloadable")), type, dflt,
                english(p, "shortdesc"));
    }

    private static String english(XmlElement e, String child) {
        String any = "";
        for (XmlElement d : e.children(child)) {
            String lang = d.attr("lang", "en");
            if (lang.startsWith("en")) {
                return d.text();
            }
            any = any.isEmpty() ? d.text() : any;
        }
        return any;
    }

    private static boolean truthy(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
    }

    /**
     * Agents start with {@code <!DOCTYPE resource-agent SYSTEM "ra-api-1.dtd">}; the hardened parser
     * refuses any DOCTYPE, and the DTD is never wanted, so drop it (only the simple form agents use).
     */
    static String stripDoctype(String xml) {
        int i = xml.indexOf("<!DOCTYPE");
        if (i < 0) {
            return xml.strip();
        }
        int end = xml.indexOf('>', i);
        if (end < 0 || xml.substring(i, end).contains("[")) {
            return xml.strip();
        }
        return (xml.substring(0, i) + xml.substring(end + 1)).strip();
    }
}
