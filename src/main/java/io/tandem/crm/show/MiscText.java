package io.tandem.crm.show;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Prints alerts and ACL objects. */
final class MiscText {

    private MiscText() {
    }

    static List<String> alert(XmlElement a, Set<String> referenced) {
        List<String> parts = new ArrayList<>();
        parts.add("alert " + a.id() + " " + Quote.wrap(a.attr("path")));
        for (XmlElement c : a.children()) {
            switch (c.name()) {
                case "instance_attributes" -> parts.add(AttrText.set("attributes", c, referenced));
                case "meta_attributes" -> parts.add(AttrText.set("meta", c, referenced));
                case "select" -> {
                    StringBuilder sb = new StringBuilder("select");
                    for (XmlElement s : c.children()) {
                        if (s.name().equals("select_attributes")) {
                            sb.append(" attributes {");
                            s.children("attribute").forEach(x -> sb.append(' ').append(x.attr("name")));
                            sb.append(" }");
                        } else {
                            sb.append(' ').append(s.name().substring("select_".length()));
                        }
                    }
                    parts.add(sb.toString());
                }
                case "recipient" -> {
                    StringBuilder sb = new StringBuilder("to ");
                    List<String> inner = new ArrayList<>();
                    for (XmlElement s : c.children()) {
                        if (s.name().equals("instance_attributes")) {
                            inner.add(AttrText.set("attributes", s, referenced));
                        } else if (s.name().equals("meta_attributes")) {
                            inner.add(AttrText.set("meta", s, referenced));
                        }
                    }
                    if (inner.isEmpty()) {
                        sb.append(Quote.wrap(c.attr("value")));
                    } else {
                        sb.append("{ ").append(Quote.wrap(c.attr("value"))).append(" } ").append(String.join(" ",
                                inner));
                    }
                    parts.add(sb.toString());
                }
                default -> { }
            }
        }
        return parts;
    }

    static List<String> acl(String type, XmlElement a) {
        List<String> parts = new ArrayList<>();
        parts.add(type + " " + a.id() + (a.attr("description") != null ? " "
                + Quote.pair("description", a.attr("description")) : ""));
        for (XmlElement c : a.children()) {
            switch (c.name()) {
                case "acl_permission" -> {
                    StringBuilder sb = new StringBuilder(c.attr("kind"));
                    if (c.attr("description") != null) {
                        sb.append(' ').append(Quote.pair("description", c.attr("description")));
                    }
                    if (c.attr("xpath") != null) {
                        String x = c.attr("xpath");
                        sb.append(' ').append(io.tandem.crm.lang.AclShortcuts.fromXpath(x)
                                .orElse("xpath:" + Quote.wrap(x)));
                    }
                    if (c.attr("reference") != null) {
                        sb.append(" ref:").append(c.attr("reference"));
                    }
                    if (c.attr("attribute") != null) {
                        sb.append(" attr:").append(c.attr("attribute"));
                    }
                    if (c.attr("object-type") != null) {
                        sb.append(" type:").append(c.attr("object-type"));
                    }
                    parts.add(sb.toString());
                }
                case "role" -> parts.add(c.id());
                default -> { }
            }
        }
        return parts;
    }
}
