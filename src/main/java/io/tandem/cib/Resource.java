package io.tandem.cib;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entry of the {@code resources} section: a primitive, a group, a clone (including promotable and
 * the legacy {@code master}), a bundle, or a template (which is not itself run, but lives there).
 */
public sealed interface Resource permits Primitive, Group, Clone, Bundle, Template {

    Map<String, String> attributes();

    XmlElement toXml();

    default String id() {
        return attributes().get("id");
    }

    default String description() {
        return attributes().get("description");
    }

    /** The resource's own attribute sets (meta, instance, utilization), in document order. */
    List<NvSet> sets();

    /** The first value of a meta attribute, ignoring rules (the scheduler evaluates rules itself). */
    default Optional<String> meta(String name) {
        return NvSet.first(sets(), NvSet.META, true, name);
    }

    /** This resource and every resource nested in it, depth first (a clone, then its child, ...). */
    List<Resource> selfAndDescendants();

    static Resource fromXml(XmlElement e) {
        return switch (e.name()) {
            case "primitive" -> Primitive.fromXml(e);
            case "template" -> Template.fromXml(e);
            case "group" -> Group.fromXml(e);
            case "clone", "master" -> Clone.fromXml(e);
            case "bundle" -> new Bundle(e);
            default -> throw new CibException("<" + e.name() + " id=\"" + e.id()
                    + "\">: unknown element in resources");
        };
    }

    static boolean isResourceElement(String name) {
        return switch (name) {
            case "primitive", "template", "group", "clone", "master", "bundle" -> true;
            default -> false;
        };
    }
}
