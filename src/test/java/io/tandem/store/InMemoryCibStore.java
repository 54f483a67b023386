package io.tandem.store;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fake CibStore for tests: the same rules as H2CibStore, kept in memory. */
public final class InMemoryCibStore implements CibStore {

    private final InstantSource clock;
    private Cib current;
    private final List<CibChange> changes = new ArrayList<>();

    public InMemoryCibStore(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Cib> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized Cib replace(Cib cib, ChangeSource source) {
        Optional<Cib> before = current();
        if (before.isPresent() && cib.version().compareTo(before.get().version()) < 0) {
            throw new CibException("refusing to store version " + cib.version() + ": it is older than the stored "
                    + before.get().version());
        }
        if (CibStore.isConfigurationChange(before, cib)) {
            changes.add(new CibChange(changes.size() + 1, cib.version(), clock.instant(), source.user(),
                    source.originNode(), LineDiff.diff(before.map(Cib::toXmlString).orElse(""), cib.toXmlString())));
        }
        current = cib;
        return cib;
    }

    @Override
    public synchronized List<CibChange> changes(int limit) {
        List<CibChange> newestFirst = changes.reversed();
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }
}
