package io.tandem.crm.configure;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * After resources leave a set constraint, crmsh turns one left with two resources back into the
 * simple form: one sequential set {@code [a b]} or two one-member sets {@code (a) (b)}. A colocation
 * set lists dependents last, so a single set {@code a b} becomes {@code rsc=b with-rsc=a}.
 */
final class SetSimplifier {

    private SetSimplifier() {
    }

    static XmlElement simplify(XmlElement k) {
        List<XmlElement> sets = k.children("resource_set");
        List<String> refs = new ArrayList<>();
        sets.forEach(s -> s.children("resource_ref").forEach(r -> refs.add(r.id())));
        if (refs.size() != 2 || k.children().size() != sets.size()) {
            return k;
        }
        if (sets.size() == 1 && "false".equals(sets.get(0).attr("sequential"))) {
            return k;
        }
        boolean single = sets.size() == 1;
        String a = refs.get(0);
        String b = refs.get(1);
        XmlElement out = k.withChildren(List.of());
        switch (k.name()) {
            case "rsc_colocation" -> out = single ? out.withAttr("rsc", b).withAttr("with-rsc", a)
                    : out.withAttr("rsc", a).withAttr("with-rsc", b);
            case "rsc_order" -> out = out.withAttr("first", a).withAttr("then", b);
            default -> {
                return k;
            }
        }
        return out;
    }
}
