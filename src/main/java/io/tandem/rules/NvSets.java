package io.tandem.rules;

import io.tandem.cib.NvPair;
import io.tandem.cib.NvSet;
import io.tandem.cib.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves rule-selected attribute sets to name/value pairs as Pacemaker does: sets sorted by score
 * (highest first, document order among equals), rules evaluated, and the first value of a name wins.
 */
public final class NvSets {

    private NvSets() {
    }

    /** The effective values of the sets of one kind (meta_attributes, instance_attributes, ...). */
    public static Map<String, String> resolve(List<NvSet> sets, String kind, RuleContext ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        resolveInto(out, sets, kind, ctx);
        return out;
    }

    /** Adds values for names not yet in {@code out}. */
    public static void resolveInto(Map<String, String> out, List<NvSet> sets, String kind, RuleContext ctx) {
        List<NvSet> ordered = new ArrayList<>();
        for (NvSet s : sets) {
            if (kind == null || s.kind().equals(kind)) {
                ordered.add(s);
            }
        }
        ordered.sort(Comparator.comparingInt((NvSet s) -> -Score.parse(s.score())));
        for (NvSet s : ordered) {
            if (s.rule().isPresent() && !RuleEvaluator.matches(s.rule().get(), ctx)) {
                continue;
            }
            for (NvPair p : s.pairs()) {
                if (p.name() != null && p.value() != null && !out.containsKey(p.name())) {
                    out.put(p.name(), p.value());
                }
            }
        }
    }
}
