package io.tandem.crm.configure;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.cib.CibProblem;
import io.tandem.cib.CibValidator;
import io.tandem.cib.XmlElement;
import io.tandem.crm.show.ConfigObject;
import io.tandem.crm.target.CibTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a working configuration against its base CIB and writes it once: references to missing
 * resources and new validation errors refuse the commit; unknown nodes only warn. The version is
 * bumped with {@link Cib#bumpedFor}.
 */
public final class Committer {

    private Committer() {
    }

    /** The CIB the configuration makes, checked; throws with every problem named when it is not acceptable. */
    public static Cib check(Cib base, XmlElement configuration, Notes notes) {
        return check(base, configuration, notes, false);
    }

    /** {@code everything}: verify looks at every object; commit only at the ones it changes. */
    public static Cib check(Cib base, XmlElement configuration, Notes notes, boolean everything) {
        List<String> errors = new ArrayList<>();
        Set<XmlElement> old = new HashSet<>();
        base.toXml().child("configuration").ifPresent(c -> ConfigObject.all(c).forEach(o -> old.add(o.xml())));
        for (ConfigObject o : ConfigObject.all(configuration)) {
            if (o.type().equals("primitive") && (everything || !old.contains(o.xml()))) {
                io.tandem.crm.agent.AgentChecks.unknownMeta(o.xml()).forEach(notes::warning);
            }
        }
        Set<String> resources = new HashSet<>();
        Set<String> tags = new HashSet<>();
        List<String> nodes = new ArrayList<>();
        for (ConfigObject o : ConfigObject.all(configuration)) {
            switch (o.type()) {
                case "primitive", "group", "clone", "ms", "bundle", "rsc_template" -> resources.add(o.id());
                case "tag" -> tags.add(o.id());
                case "node" -> nodes.add(o.id());
                default -> { }
            }
        }
        Set<String> grouped = new HashSet<>();
        for (ConfigObject o : ConfigObject.all(configuration)) {
            if (o.type().equals("group")) {
                o.xml().children("primitive").forEach(p -> grouped.add(p.id()));
            }
        }
        for (ConfigObject o : ConfigObject.all(configuration)) {
            if (!List.of("location", "colocation", "order", "rsc_ticket").contains(o.type())) {
                continue;
            }
            if (o.type().equals("colocation") && (everything || !old.contains(o.xml()))) {
                for (String a : List.of("rsc", "with-rsc")) {
                    if (o.xml().attr(a) != null && grouped.contains(o.xml().attr(a))) {
                        notes.warning(o.id() + ": resource " + o.xml().attr(a)
                                + " is grouped, constraints should apply to the group");
                    }
                }
            }
            // a reference to nothing fails the schema (an IDREF); crmsh adds its own warning
            for (String a : List.of("rsc", "with-rsc", "first", "then")) {
                String r = o.xml().attr(a);
                if (r != null && !resources.contains(r) && !tags.contains(r)) {
                    errors.add("element " + o.xml().name() + ": validity error : IDREF attribute " + a
                            + " references an unknown ID \"" + r + "\"");
                    notes.warning(o.id() + ": resource " + r + " does not exist");
                }
            }
            o.xml().children("resource_set").forEach(s -> s.children("resource_ref").forEach(x -> {
                if (!resources.contains(x.id()) && !tags.contains(x.id())) {
                    errors.add("element resource_ref: validity error : IDREF attribute id references an unknown ID \""
                            + x.id() + "\"");
                    notes.warning(o.id() + ": resource " + x.id() + " does not exist");
                }
            }));
            String node = o.xml().attr("node");
            if (node != null && !nodes.contains(node)) {
                notes.warning(o.id() + ": referenced node " + node + " does not exist");
            }
        }
        Cib next;
        try {
            XmlElement root = base.toXml();
            List<XmlElement> kids = new ArrayList<>();
            for (XmlElement c : root.children()) {
                kids.add(c.name().equals("configuration") ? configuration : c);
            }
            next = Cib.fromXml(root.withChildren(kids));
        } catch (CibException e) {
            errors.add(e.getMessage());
            throw fail(errors);
        }
        Set<String> before = new HashSet<>();
        CibValidator.validate(base).stream().filter(CibProblem::isError).forEach(p -> before.add(p.toString()));
        for (CibProblem p : CibValidator.validate(next)) {
            if (p.isError() && !before.contains(p.toString())) {
                errors.add(p.id() + ": " + p.message());
            }
        }
        if (!errors.isEmpty()) {
            throw fail(errors);
        }
        return base.bumpedFor(next);
    }

    private static CrmCommandException fail(List<String> errors) {
        return new CrmCommandException(String.join("\nERROR: ", errors));
    }

    /** Checks and writes; returns false (after printing why) when nothing was written. */
    public static boolean commit(CibTarget target, Cib base, XmlElement configuration, Notes notes) {
        Cib next = check(base, configuration, notes);
        target.commit(next, base.version());
        return true;
    }
}
