package io.tandem.crm.lang;

import java.util.ArrayList;
import java.util.List;

/** Parses primitive, rsc_template, group, clone and ms/master lines. */
final class ResourceParser {

    private ResourceParser() {
    }

    static void needArgs(List<String> tokens, String type, int n) {
        if (tokens.size() - 1 < n) {
            throw new CrmSyntaxException("syntax in " + type + ": Expected at least " + n + " arguments near <"
                    + tokens.get(0) + "> parsing '" + String.join(" ", tokens) + "'");
        }
    }

    /** {@code primitive ID AGENT ...} and {@code rsc_template ID AGENT ...}. */
    static CliObject primitive(List<String> tokens, boolean template) {
        String type = template ? "rsc_template" : "primitive";
        needArgs(tokens, type, 2);
        Cursor c = new Cursor(tokens, type, 1);
        Elem p = new Elem(template ? "template" : "primitive").set("id", CliParser.objectId(c.next()));
        agent(p, c.next());
        Elem operations = null;
        Elem lastOp = null;
        // sets and the operations element keep the order in which they first appear (crmsh prints it back so)
        List<Elem> sets = new ArrayList<>();
        while (c.more()) {
            String t = c.next();
            switch (t) {
                case "params" -> sets.add(AttrListParser.parse(c, "instance_attributes", Keywords.RESOURCE_PARTS));
                case "meta" -> sets.add(AttrListParser.parse(c, "meta_attributes", Keywords.RESOURCE_PARTS));
                case "utilization" -> sets.add(AttrListParser.parse(c, "utilization", Keywords.RESOURCE_PARTS));
                case "operations" -> {
                    if (operations == null) {
                        operations = new Elem("operations");
                        sets.add(operations);
                    }
                    while (c.more() && (c.peek().startsWith("$id=") || c.peek().startsWith("$id-ref="))) {
                        String v = c.next();
                        operations.set(v.startsWith("$id=") ? "id" : "id-ref", v.substring(v.indexOf('=') + 1));
                    }
                }
                case "op" -> {
                    if (operations == null) {
                        operations = new Elem("operations");
                        sets.add(operations);
                    }
                    lastOp = operations.add(op(c));
                }
                case "op_params", "op_meta" -> {
                    if (lastOp == null) {
                        throw c.error(t + " without a preceding op");
                    }
                    lastOp.add(AttrListParser.parse(c, t.equals("op_params") ? "instance_attributes"
                            : "meta_attributes", Keywords.RESOURCE_PARTS));
                }
                default -> {
                    if (t.startsWith("description=")) {
                        p.set("description", t.substring(12));
                    } else {
                        throw new CrmSyntaxException("syntax in " + type + ": Unknown arguments: " + t + " near <"
                                + t + "> parsing '" + String.join(" ", tokens) + "'");
                    }
                }
            }
        }
        sets.forEach(p::add);
        return new CliObject(type, p.freeze(), List.of(), List.of());
    }

    /** {@code ocf:heartbeat:X}, {@code ocf:P:X}, {@code lsb:X}, {@code stonith:X}, {@code X} or {@code @TPL}. */
    static void agent(Elem p, String spec) {
        if (spec.startsWith("@")) {
            p.set("template", spec.substring(1));
            return;
        }
        String[] parts = spec.split(":", 3);
        switch (parts.length) {
            case 1 -> p.set("class", "ocf").set("provider", "heartbeat").set("type", parts[0]);
            case 2 -> p.set("class", parts[0]).set("type", parts[1]);
            default -> p.set("class", parts[0]).set("provider", parts[1]).set("type", parts[2]);
        }
    }

    static Elem op(Cursor c) {
        Elem op = new Elem("op").set("name", c.next());
        Elem extra = null;
        while (c.more() && !Keywords.RESOURCE_PARTS.contains(c.peek()) && c.peek().contains("=")) {
            String[] kv = c.next().split("=", 2);
            String key = kv[0].startsWith("$") ? kv[0].substring(1) : kv[0];
            if (Keywords.OP_ATTRIBUTES.contains(key)) {
                op.set(key, kv[1]);
            } else {
                if (extra == null) {
                    extra = new Elem("instance_attributes");
                }
                extra.add(new Elem("nvpair")).set("name", kv[0]).set("value", kv[1]);
            }
        }
        if (!op.attrs.containsKey("interval")) {
            op.set("interval", "0");
        }
        if (extra != null) {
            op.add(extra);
        }
        return op;
    }

    /** {@code group ID RSC... [description=..] [params|meta ...]}; members resolved by the caller. */
    static CliObject group(List<String> tokens) {
        needArgs(tokens, "group", 2);
        Cursor c = new Cursor(tokens, "group", 1);
        Elem g = new Elem("group").set("id", c.next());
        List<String> members = new ArrayList<>();
        while (c.more() && !Keywords.RESOURCE_PARTS.contains(c.peek()) && !c.peek().contains("=")) {
            members.add(c.next());
        }
        containerTail(c, g, "group", tokens);
        return new CliObject("group", g.freeze(), members, List.of());
    }

    /** {@code clone|ms|master ID CHILD [description=..] [meta ...] [params ...]}. */
    static CliObject clone(List<String> tokens, String type) {
        needArgs(tokens, type, 2);
        Cursor c = new Cursor(tokens, type, 1);
        Elem e = new Elem(type.equals("clone") ? "clone" : "master").set("id", c.next());
        String child = c.next();
        containerTail(c, e, type, tokens);
        List<String> notes = new ArrayList<>();
        if (!type.equals("clone")) {
            List<String> rest = new ArrayList<>(tokens.subList(1, tokens.size()));
            String line = "clone " + String.join(" ", rest)
                    + (rest.contains("meta") ? " promotable=true" : " meta promotable=true");
            notes.add("WARNING: \"ms\" is deprecated. Please use \"" + line + "\"");
        }
        return new CliObject(type.equals("clone") ? "clone" : "ms", e.freeze(), List.of(child), notes);
    }

    private static void containerTail(Cursor c, Elem e, String type, List<String> tokens) {
        while (c.more()) {
            String t = c.next();
            if (t.equals("meta")) {
                e.add(AttrListParser.parse(c, "meta_attributes", Keywords.RESOURCE_PARTS));
            } else if (t.equals("params")) {
                e.add(AttrListParser.parse(c, "instance_attributes", Keywords.RESOURCE_PARTS));
            } else if (t.startsWith("description=")) {
                e.set("description", t.substring(12));
            } else {
                throw new CrmSyntaxException("syntax in " + type + ": Unknown arguments: " + t + " near <" + t
                        + "> parsing '" + String.join(" ", tokens) + "'");
            }
        }
    }
}
