package io.tandem.scheduler;

import io.tandem.cib.Cib;
import io.tandem.cib.Clone;
import io.tandem.cib.Group;
import io.tandem.cib.NvSet;
import io.tandem.cib.Operation;
import io.tandem.cib.Primitive;
import io.tandem.cib.Resource;
import io.tandem.cib.Tag;
import io.tandem.cib.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves indirections before scheduling, as Pacemaker's unpack does: primitives built from a
 * {@code template} take its agent, attribute sets and operations (their own win), and constraint
 * references to a template or a tag stand for the resources behind it.
 */
final class Templates {

    private Templates() {
    }

    /** The CIB with every templated primitive expanded. */
    static Cib expand(Cib cib) {
        Map<String, Template> templates = new HashMap<>();
        for (Resource r : cib.configuration().resources()) {
            if (r instanceof Template t) {
                templates.put(t.id(), t);
            }
        }
        if (templates.isEmpty()) {
            return cib;
        }
        List<Resource> out = new ArrayList<>();
        for (Resource r : cib.configuration().resources()) {
            out.add(expand(r, templates));
        }
        return cib.withConfiguration(cib.configuration().withResources(out));
    }

    private static Resource expand(Resource r, Map<String, Template> templates) {
        return switch (r) {
            case Primitive p -> expand(p, templates);
            case Group g -> g.withMembers(g.members().stream().map(m -> expand(m, templates)).toList());
            case Clone c -> c.withChild(expand(c.child(), templates));
            default -> r;
        };
    }

    private static Primitive expand(Primitive p, Map<String, Template> templates) {
        Template t = p.template() == null ? null : templates.get(p.template());
        if (t == null) {
            return p;
        }
        Map<String, String> attrs = new LinkedHashMap<>(p.attributes());
        for (String k : List.of("class", "provider", "type")) {
            String v = t.attributes().get(k);
            if (v != null) {
                attrs.putIfAbsent(k, v);
            }
        }
        List<NvSet> sets = new ArrayList<>(p.sets());
        sets.addAll(t.sets());
        List<Operation> ops = new ArrayList<>(p.operations());
        for (Operation o : t.operations()) {
            boolean overridden = p.operations().stream()
                    .anyMatch(x -> x.name().equals(o.name()) && x.intervalMs() == o.intervalMs());
            if (!overridden) {
                ops.add(o);
            }
        }
        return p.withAttributes(attrs).withSets(sets).withOperations(ops);
    }

    /** Template and tag ids to the resource ids they stand for in constraints. */
    static Map<String, List<String>> aliases(Cib cib) {
        Map<String, List<String>> out = new HashMap<>();
        for (Primitive p : cib.configuration().allPrimitives()) {
            if (p.template() != null) {
                out.computeIfAbsent(p.template(), k -> new ArrayList<>()).add(p.id());
            }
        }
        for (Tag t : cib.configuration().tags().orElse(List.of())) {
            out.computeIfAbsent(t.id(), k -> new ArrayList<>()).addAll(t.refs());
        }
        return out;
    }
}
