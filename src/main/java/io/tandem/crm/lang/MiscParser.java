package io.tandem.crm.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses property/rsc_defaults/op_defaults, node, tag, fencing_topology and alert lines. */
final class MiscParser {

    private MiscParser() {
    }

    /** {@code property [$id=X | X:] [rule ...] name=value ...}; the default set id is crmsh's. */
    static CliObject properties(List<String> tokens, String type) {
        Cursor c = new Cursor(tokens, type, 1);
        String defaultId = switch (type) {
            case "property" -> "cib-bootstrap-options";
            case "rsc_defaults" -> "rsc-options";
            default -> "op-options";
        };
        String id = null;
        if (c.more() && Keywords.isScoreToken(c.peek()) && !c.peek().contains("=")) {
            String t = c.next();
            id = t.substring(0, t.length() - 1);
        }
        Elem set = AttrListParser.parse(c, type.equals("property") ? "cluster_property_set" : "meta_attributes",
                Set.of());
        if (c.more()) {
            throw c.errorNear("Unknown arguments");
        }
        if (id != null) {
            set.set("id", id);
        }
        if (!set.attrs.containsKey("id")) {
            set.set("id", defaultId);
        }
        Elem ordered = new Elem(set.name);
        ordered.set("id", set.attrs.get("id"));
        set.attrs.forEach(ordered::set);
        ordered.kids.addAll(set.kids);
        return new CliObject(type, ordered.freeze(), List.of(), List.of());
    }

    /** {@code node [$id=X] UNAME[:TYPE] [description=..] [attributes ...] [utilization ...]}, or {@code node ID: UNAME}. */
    static CliObject node(List<String> tokens) {
        ResourceParser.needArgs(tokens, "node", 1);
        Cursor c = new Cursor(tokens, "node", 1);
        Elem n = new Elem("node");
        String id = null;
        if (c.peek().startsWith("$id=")) {
            id = c.next().substring(4);
        }
        String first = c.next();
        String uname = first;
        if (first.endsWith(":") && c.more()) {
            id = first.substring(0, first.length() - 1);
            uname = c.next();
        } else if (first.contains(":")) {
            uname = first.substring(0, first.indexOf(':'));
            n.set("type", first.substring(first.indexOf(':') + 1));
        }
        Elem out = new Elem("node").set("id", id).set("uname", uname);
        out.attrs.putAll(n.attrs);
        while (c.more()) {
            String t = c.next();
            switch (t) {
                case "attributes" -> out.add(AttrListParser.parse(c, "instance_attributes", Keywords.RESOURCE_PARTS));
                case "utilization" -> out.add(AttrListParser.parse(c, "utilization", Keywords.RESOURCE_PARTS));
                default -> {
                    if (t.startsWith("description=")) {
                        out.set("description", t.substring(12));
                    } else {
                        throw c.errorNear("Unknown arguments");
                    }
                }
            }
        }
        return new CliObject("node", out.freeze(), List.of(), List.of());
    }

    static CliObject tag(List<String> tokens) {
        ResourceParser.needArgs(tokens, "tag", 2);
        Cursor c = new Cursor(tokens, "tag", 1);
        String id = c.next();
        if (id.endsWith(":")) {
            id = id.substring(0, id.length() - 1);
        }
        Elem tag = new Elem("tag").set("id", id);
        while (c.more()) {
            tag.add(new Elem("obj_ref")).set("id", c.next());
        }
        if (tag.kids.isEmpty()) {
            throw c.error("Expected at least one reference");
        }
        return new CliObject("tag", tag.freeze(), List.of(), List.of());
    }

    /**
     * {@code fencing_topology [TARGET:] DEVS ...}: levels without a target apply to every node; the
     * caller expands the {@code target=""} placeholder since it knows the nodes.
     */
    static CliObject fencing(List<String> tokens) {
        ResourceParser.needArgs(tokens, "fencing_topology", 1);
        Cursor c = new Cursor(tokens, "fencing_topology", 1);
        Elem ft = new Elem("fencing-topology");
        String target = "";
        int index = 0;
        while (c.more()) {
            String t = c.next();
            if (t.endsWith(":") || t.startsWith("attr:") || t.startsWith("pattern:")) {
                target = t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
                index = 0;
                continue;
            }
            Elem lvl = ft.add(new Elem("fencing-level"));
            if (target.startsWith("attr:")) {
                String[] kv = target.substring(5).split("=", 2);
                lvl.set("target-attribute", kv[0]).set("target-value", kv.length > 1 ? kv[1] : "");
            } else if (target.startsWith("pattern:")) {
                lvl.set("target-pattern", target.substring(8));
            } else {
                lvl.set("target", target);
            }
            lvl.set("index", Integer.toString(++index)).set("devices", t);
        }
        return new CliObject("fencing_topology", ft.freeze(), List.of(), List.of());
    }

    /** {@code alert ID PATH [attributes ..] [meta ..] [select KINDS [attributes { names }]] [to DEST [attributes ..] [meta ..]]...}. */
    static CliObject alert(List<String> tokens) {
        ResourceParser.needArgs(tokens, "alert", 2);
        Cursor c = new Cursor(tokens, "alert", 1);
        Elem alert = new Elem("alert").set("id", c.next()).set("path", c.next());
        Set<String> stops = Set.of("attributes", "meta", "select", "to", "description");
        Elem target = alert;
        List<Elem> recipients = new ArrayList<>();
        int r = 0;
        while (c.more()) {
            String t = c.next();
            switch (t) {
                case "attributes" -> target.add(AttrListParser.parse(c, "instance_attributes", stops));
                case "meta" -> target.add(AttrListParser.parse(c, "meta_attributes", stops));
                case "select" -> {
                    Elem sel = alert.add(new Elem("select"));
                    while (c.more() && !c.at("to") && !c.at("meta")
                            && !(c.at("attributes") && !"{".equals(c.peekNext()))) {
                        String k = c.next();
                        if (k.equals("attributes") && c.at("{")) {
                            c.next();
                            Elem sa = sel.add(new Elem("select_attributes"));
                            while (c.more() && !c.at("}")) {
                                sa.add(new Elem("attribute")).set("name", c.next());
                            }
                            c.next();
                        } else {
                            sel.add(new Elem("select_" + k));
                        }
                    }
                }
                case "to" -> {
                    String dest = c.next();
                    if (dest.equals("{")) {
                        dest = c.next();
                        if (c.at("}")) {
                            c.next();
                        }
                    }
                    target = new Elem("recipient").set("id", alert.attrs.get("id") + "-recipient-" + (++r))
                            .set("value", dest);
                    recipients.add(target);
                    alert.add(target);
                }
                default -> {
                    if (t.startsWith("description=")) {
                        target.set("description", t.substring(12));
                    } else if (!t.equals("}")) {
                        throw c.errorNear("Unknown arguments");
                    }
                }
            }
        }
        return new CliObject("alert", alert.freeze(), List.of(), List.of());
    }
}
