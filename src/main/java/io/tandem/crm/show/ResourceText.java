package io.tandem.crm.show;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Prints nodes and resources (primitive, rsc_template, group, clone, ms). */
final class ResourceText {

    private ResourceText() {
    }

    static List<String> node(XmlElement n, Set<String> referenced) {
        List<String> parts = new ArrayList<>();
        String uname = n.attr("uname", n.id());
        String head = "node " + (n.id() != null && !n.id().equals(uname) ? n.id() + ": " + uname : uname);
        if (n.attr("type") != null && !n.attr("type").equals("member") && !n.attr("type").equals("normal")) {
            head += ":" + n.attr("type");
        }
        parts.add(head);
        if (n.attr("description") != null) {
            parts.add(Quote.pair("description", n.attr("description")));
        }
        for (XmlElement s : n.children()) {
            switch (s.name()) {
                case "instance_attributes" -> parts.add(AttrText.set("attributes", s, referenced));
                case "utilization" -> parts.add(AttrText.set("utilization", s, referenced));
                default -> { }
            }
        }
        return parts;
    }

    /** crmsh abbreviates ocf:heartbeat:X to X. */
    static String agent(XmlElement p) {
        if (p.attr("template") != null) {
            return "@" + p.attr("template");
        }
        String cls = p.attr("class");
        String prov = p.attr("provider");
        String type = p.attr("type");
        if ("ocf".equals(cls) && "heartbeat".equals(prov)) {
            return type;
        }
        return cls + (prov != null ? ":" + prov : "") + ":" + type;
    }

    static List<String> primitive(XmlElement p, String keyword, Set<String> referenced) {
        List<String> parts = new ArrayList<>();
        parts.add(keyword + " " + p.id() + " " + agent(p));
        if (p.attr("description") != null) {
            parts.add(Quote.pair("description", p.attr("description")));
        }
        for (XmlElement child : p.children()) {
            if (!child.name().equals("operations")) {
                sets(XmlElement.of("x").withChild(child), parts, referenced);
                continue;
            }
            XmlElement ops = child;
            String s = "";
            if (ops.id() != null) {
                s = "$id=" + ops.id();
            }
            if (ops.attr("id-ref") != null) {
                s = s + " $id-ref=" + ops.attr("id-ref");
            }
            if (!s.isEmpty()) {
                parts.add("operations " + s);
            }
            for (XmlElement op : ops.children("op")) {
                parts.add(op(op));
                for (XmlElement s2 : op.children()) {
                    if (s2.name().equals("instance_attributes")) {
                        parts.add(AttrText.set("op_params", s2, referenced));
                    } else if (s2.name().equals("meta_attributes")) {
                        parts.add(AttrText.set("op_meta", s2, referenced));
                    }
                }
            }
        }
        return parts;
    }

    static String op(XmlElement op) {
        StringBuilder sb = new StringBuilder("op ").append(op.attr("name"));
        op.attributes().forEach((k, v) -> {
            if (!k.equals("id") && !k.equals("name")) {
                sb.append(' ').append(Quote.pair(k, v));
            }
        });
        return sb.toString();
    }

    private static void sets(XmlElement e, List<String> parts, Set<String> referenced) {
        for (XmlElement s : e.children()) {
            switch (s.name()) {
                case "instance_attributes" -> parts.add(AttrText.set("params", s, referenced));
                case "meta_attributes" -> parts.add(AttrText.set("meta", s, referenced));
                case "utilization" -> parts.add(AttrText.set("utilization", s, referenced));
                default -> { }
            }
        }
    }

    static List<String> bundle(XmlElement b, Set<String> referenced) {
        List<String> parts = new ArrayList<>();
        parts.add("bundle " + b.id());
        if (b.attr("description") != null) {
            parts.add(Quote.pair("description", b.attr("description")));
        }
        for (XmlElement c : b.children()) {
            switch (c.name()) {
                case "docker", "rkt", "podman", "network", "storage" -> {
                    StringBuilder sb = new StringBuilder(c.name());
                    c.attributes().forEach((k, v) -> sb.append(' ').append(Quote.pair(k, v)));
                    for (XmlElement m : c.children()) {
                        sb.append(' ').append(m.name());
                        m.attributes().forEach((k, v) -> sb.append(' ').append(Quote.pair(k, v)));
                    }
                    parts.add(sb.toString());
                }
                case "primitive" -> parts.add("primitive " + c.id());
                case "meta_attributes" -> parts.add(AttrText.set("meta", c, referenced));
                case "instance_attributes" -> parts.add(AttrText.set("params", c, referenced));
                case "utilization" -> parts.add(AttrText.set("utilization", c, referenced));
                default -> { }
            }
        }
        return parts;
    }

    static List<String> group(XmlElement g, Set<String> referenced) {
        StringBuilder head = new StringBuilder("group ").append(g.id());
        for (XmlElement m : g.children("primitive")) {
            head.append(' ').append(m.id());
        }
        List<String> parts = new ArrayList<>();
        parts.add(head.toString());
        if (g.attr("description") != null) {
            parts.add(Quote.pair("description", g.attr("description")));
        }
        sets(g, parts, referenced);
        return parts;
    }

    static List<String> clone(XmlElement c, String keyword, Set<String> referenced) {
        String child = "";
        for (XmlElement k : c.children()) {
            if (k.name().equals("primitive") || k.name().equals("group")) {
                child = k.id();
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(keyword + " " + c.id() + " " + child);
        if (c.attr("description") != null) {
            parts.add(Quote.pair("description", c.attr("description")));
        }
        sets(c, parts, referenced);
        return parts;
    }
}
