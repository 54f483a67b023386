package io.tandem.crm.mon;

import io.tandem.cib.Cib;
import io.tandem.cib.NvSet;
import io.tandem.cib.Resource;
import io.tandem.rules.NvSets;
import io.tandem.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * A resource's effective meta attributes as Pacemaker sees them: its own, then its parents' (a member
 * inherits its group's and clone's), then rsc_defaults.
 */
record ResourceMeta(Cib cib, RuleContext ctx) {

    /** The value for {@code self} nested in {@code ancestors} (innermost first). */
    Optional<String> get(Resource self, List<Resource> ancestors, String name) {
        Optional<String> v = own(self, name);
        for (int i = 0; v.isEmpty() && i < ancestors.size(); i++) {
            v = own(ancestors.get(i), name);
        }
        if (v.isEmpty()) {
            v = Optional.ofNullable(NvSets.resolve(cib.configuration().rscDefaults().orElse(List.of()), NvSet.META, ctx)
                    .get(name));
        }
        return v;
    }

    Optional<String> own(Resource r, String name) {
        return Optional.ofNullable(NvSets.resolve(r.sets(), NvSet.META, ctx).get(name));
    }

    boolean flag(Resource self, List<Resource> ancestors, String name, boolean fallback) {
        return get(self, ancestors, name).map(io.tandem.scheduler.ClusterOptions::isTrue).orElse(fallback);
    }

    /** migration-threshold, INFINITY (1000000) by default. */
    int migrationThreshold(Resource self, List<Resource> ancestors) {
        return get(self, ancestors, "migration-threshold").map(io.tandem.cib.Score::parse).orElse(1_000_000);
    }
}
