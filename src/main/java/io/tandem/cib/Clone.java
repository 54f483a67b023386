package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A clone of a primitive or group. Promotable clones are {@code promotable=true} in meta, or the legacy
 * {@code <master>} element ({@code legacyMaster}), which is kept as written.
 */
public record Clone(Map<String, String> attributes, boolean legacyMaster, List<NvSet> sets, Resource child,
        List<XmlElement> unknown) implements Resource {

    public Clone {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        unknown = List.copyOf(unknown);
        if (!(child instanceof Primitive || child instanceof Group)) {
            throw new CibException("clone " + attributes.get("id") + ": the child must be a primitive or a group");
        }
    }

    public static Clone of(String id, Resource child) {
        return new Clone(Attrs.of().put("id", id).build(), false, List.of(), child, List.of());
    }

    public boolean promotable() {
        return legacyMaster || meta("promotable").map(Clone::isTrue).orElse(false);
    }

    static boolean isTrue(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y", "1" -> true;
            default -> false;
        };
    }

    public Clone withSets(List<NvSet> s) {
        return new Clone(attributes, legacyMaster, s, child, unknown);
    }

    public Clone withChild(Resource c) {
        return new Clone(attributes, legacyMaster, sets, c, unknown);
    }

    @Override
    public List<Resource> selfAndDescendants() {
        List<Resource> out = new ArrayList<>();
        out.add(this);
        out.addAll(child.selfAndDescendants());
        return out;
    }

    static Clone fromXml(XmlElement e) {
        List<NvSet> sets = new ArrayList<>();
        Resource child = null;
        List<XmlElement> unknown = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (NvSet.isSetElement(c.name())) {
                sets.add(NvSet.fromXml(c));
            } else if ((c.name().equals("primitive") || c.name().equals("group")) && child == null) {
                child = Resource.fromXml(c);
            } else {
                unknown.add(c);
            }
        }
        if (child == null) {
            throw new CibException("<" + e.name() + " id=\"" + e.id() + "\">: a clone needs a primitive or group inside");
        }
        return new Clone(e.attributes(), e.name().equals("master"), sets, child, unknown);
    }

    @Override
    public XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        sets.forEach(s -> kids.add(s.toXml()));
        kids.add(child.toXml());
        kids.addAll(unknown);
        return new XmlElement(legacyMaster ? "master" : "clone", attributes, kids, "");
    }
}
