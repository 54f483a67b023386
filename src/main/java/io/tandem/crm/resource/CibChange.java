package io.tandem.crm.resource;

import io.tandem.cib.Cib;
import io.tandem.cib.CibProblem;
import io.tandem.cib.CibValidator;
import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.CrmCommandException;
import io.tandem.crm.target.CibTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One atomic change of the whole CIB XML: applied, validated, version-bumped and committed once. */
final class CibChange {

    private CibChange() {
    }

    static Cib apply(CibTarget target, UnaryOperator<XmlElement> change) {
        Cib base = target.fetch();
        XmlElement nextXml = change.apply(base.toXml());
        Cib next = Cib.fromXml(nextXml);
        Set<String> before = new HashSet<>();
        CibValidator.validate(base).stream().filter(CibProblem::isError).forEach(p -> before.add(p.toString()));
        List<String> errors = new ArrayList<>();
        for (CibProblem p : CibValidator.validate(next)) {
            if (p.isError() && !before.contains(p.toString())) {
                errors.add(p.id() + ": " + p.message());
            }
        }
        if (!errors.isEmpty()) {
            throw new CrmCommandException(String.join("\nERROR: ", errors));
        }
        Cib bumped = base.bumpedFor(next);
        if (!bumped.version().equals(base.version())) {
            target.commit(bumped, base.version());
        }
        return bumped;
    }

    /** Applies {@code change} to the child section {@code name} of {@code parent}. */
    static XmlElement section(XmlElement parent, String name, UnaryOperator<XmlElement> change) {
        List<XmlElement> kids = new ArrayList<>(parent.children());
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i).name().equals(name)) {
                kids.set(i, change.apply(kids.get(i)));
                return parent.withChildren(kids);
            }
        }
        kids.add(change.apply(XmlElement.of(name)));
        return parent.withChildren(kids);
    }

    static XmlElement configuration(XmlElement cib, String sectionName, UnaryOperator<XmlElement> change) {
        return section(cib, "configuration", c -> section(c, sectionName, change));
    }

    /** Replaces the element with this id (and element name) anywhere below {@code e}. */
    static XmlElement replace(XmlElement e, String elementName, String id, UnaryOperator<XmlElement> change) {
        List<XmlElement> kids = new ArrayList<>();
        boolean changed = false;
        for (XmlElement c : e.children()) {
            XmlElement n;
            if (c.name().equals(elementName) && id.equals(c.id())) {
                n = change.apply(c);
            } else {
                n = replace(c, elementName, id, change);
            }
            changed |= n != c;
            kids.add(n);
        }
        return changed ? e.withChildren(kids) : e;
    }
}
