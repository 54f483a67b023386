package io.tandem.executor;

import io.tandem.cib.OpDigest;
import java.util.List;
import java.util.Map;

/**
 * Digests exactly as Pacemaker (and so Tandem's scheduler, through {@link OpDigest}) computes them. The
 * scheduler restarts a resource whose recorded op-digest differs from the one of its current
 * definition, so the executor must record the same digest or every transition restarts everything.
 */
public final class PacemakerOpDigester implements OpDigester {

    @Override
    public String digest(OpDigestInput in) {
        return OpDigest.forOperation(in.params(), Map.of(), in.intervalMs(), 0);
    }

    /** Over the parameters a reload cannot apply (not reloadable in OCF 1.1; unique ones in 1.0). */
    @Override
    public String restartDigest(OpDigestInput in) {
        if (in.intervalMs() != 0) {
            return null;
        }
        List<String> restart = in.params().keySet().stream().filter(k -> !in.metadata()
                .flatMap(md -> md.parameter(k))
                .map(p -> p.reloadable() || (!p.unique() && !"1.1".equals(in.metadata().get().ocfVersion())))
                .orElse(false)).toList();
        return OpDigest.restart(in.params(), restart);
    }
}
