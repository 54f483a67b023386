package io.tandem.crm.lang;

import java.util.List;

/**
 * Parses ACL objects: {@code role ID (read|write|deny SPEC...)...} and {@code acl_target|acl_group ID
 * ROLE...}. A SPEC is {@code xpath:X}, {@code ref:ID}, {@code type:T} (or {@code tag:T}),
 * {@code attr:A} (or {@code attribute:A}), or one of crmsh's shortcuts, stored as an xpath.
 */
final class AclParser {

    private AclParser() {
    }

    static CliObject role(List<String> tokens) {
        ResourceParser.needArgs(tokens, "role", 2);
        Cursor c = new Cursor(tokens, "role", 1);
        Elem role = new Elem("acl_role").set("id", c.next());
        Elem perm = null;
        while (c.more()) {
            String t = c.next();
            if (t.equals("read") || t.equals("write") || t.equals("deny")) {
                perm = role.add(new Elem("acl_permission")).set("kind", t);
                continue;
            }
            if (t.startsWith("description=") && perm == null) {
                role.set("description", t.substring(12));
                continue;
            }
            if (perm == null) {
                throw c.errorNear("Expected read, write or deny");
            }
            if (t.startsWith("description=")) {
                perm.set("description", t.substring(12));
                continue;
            }
            // ref and xpath each make a permission of their own; type and attribute combine
            boolean exclusive = t.startsWith("ref:") || t.startsWith("xpath:") || !t.contains(":")
                    || AclShortcuts.toXpath(t.substring(0, t.indexOf(':')), t.substring(t.indexOf(':') + 1)) != null;
            boolean taken = perm.attrs.containsKey("xpath") || perm.attrs.containsKey("reference")
                    || (exclusive && (perm.attrs.containsKey("object-type") || perm.attrs.containsKey("attribute")));
            if (taken) {
                perm = role.add(new Elem("acl_permission")).set("kind", perm.attrs.get("kind"));
            }
            spec(perm, t, c);
        }
        return new CliObject("role", role.freeze(), List.of(), List.of());
    }

    private static void spec(Elem perm, String t, Cursor c) {
        int colon = t.indexOf(':');
        String key = colon < 0 ? t : t.substring(0, colon);
        String val = colon < 0 ? null : t.substring(colon + 1);
        switch (key) {
            case "xpath" -> perm.set("xpath", val);
            case "ref" -> perm.set("reference", val);
            case "type", "tag" -> perm.set("object-type", val);
            case "attr", "attribute" -> perm.set("attribute", val);
            default -> {
                String xpath = AclShortcuts.toXpath(key, val);
                if (xpath == null) {
                    throw c.errorNear("Unknown ACL specification " + t);
                }
                perm.set("xpath", xpath);
            }
        }
    }

    static CliObject target(List<String> tokens, String word) {
        ResourceParser.needArgs(tokens, word, 1);
        Cursor c = new Cursor(tokens, word, 1);
        Elem target = new Elem(word.equals("acl_group") ? "acl_group" : "acl_target").set("id", c.next());
        while (c.more()) {
            String r = c.next();
            target.add(new Elem("role")).set("id", r.startsWith("role:") ? r.substring(5) : r);
        }
        return new CliObject(word.equals("acl_group") ? "acl_group" : "acl_target", target.freeze(), List.of(),
                List.of());
    }
}
