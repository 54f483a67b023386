package io.tandem.crm.resource;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets, deletes and reads one name in an element's first attribute set of a kind, creating the set
 * with the given id when needed (crm_resource and crm_attribute name them so).
 */
final class Attributes {

    private Attributes() {
    }

    static Optional<String> get(XmlElement owner, String setKind, String name) {
        for (XmlElement s : owner.children(setKind)) {
            if (s.child("rule").isPresent()) {
                continue;
            }
            for (XmlElement p : s.children("nvpair")) {
                if (name.equals(p.attr("name"))) {
                    return Optional.ofNullable(p.attr("value"));
                }
            }
        }
        return Optional.empty();
    }

    /** Sets {@code name} (or removes it when value is null) in the owner's first rule-less set of this kind. */
    static XmlElement put(XmlElement owner, String setKind, String newSetId, String name, String value) {
        List<XmlElement> kids = new ArrayList<>(owner.children());
        for (int i = 0; i < kids.size(); i++) {
            XmlElement s = kids.get(i);
            if (!s.name().equals(setKind) || s.child("rule").isPresent()) {
                continue;
            }
            List<XmlElement> pairs = new ArrayList<>();
            boolean found = false;
            for (XmlElement p : s.children()) {
                if (p.name().equals("nvpair") && name.equals(p.attr("name"))) {
                    found = true;
                    if (value != null) {
                        pairs.add(p.withAttr("value", value));
                    }
                } else {
                    pairs.add(p);
                }
            }
            if (!found && value != null) {
                pairs.add(pair(s.id() + "-" + name, name, value));
            }
            kids.set(i, s.withChildren(pairs));
            return owner.withChildren(kids);
        }
        if (value == null) {
            return owner;
        }
        XmlElement set = XmlElement.of(setKind).withAttr("id", newSetId)
                .withChild(pair(newSetId + "-" + name, name, value));
        int at = 0;
        while (at < kids.size() && isSet(kids.get(at).name())) {
            at++;
        }
        kids.add(at, set);
        return owner.withChildren(kids);
    }

    private static boolean isSet(String n) {
        return n.equals("instance_attributes") || n.equals("meta_attributes") || n.equals("utilization");
    }

    static XmlElement pair(String id, String name, String value) {
        return XmlElement.of("nvpair").withAttr("id", id.replace('#', '.')).withAttr("name", name)
                .withAttr("value", value);
    }
}
