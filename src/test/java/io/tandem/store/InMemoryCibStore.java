package io.tandem.store;

import io.tandem.cib.CibException;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fake CibStore for tests: same rules as H2CibStore, kept in a list. */
public final class InMemoryCibStore implements CibStore {

    private final InstantSource clock;
    private StoredCib current;
    private final List<CibChange> changes = new ArrayList<>();

    public InMemoryCibStore(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<StoredCib> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized StoredCib replace(XmlElement cib, ChangeSource source) {
        StoredCib next = StoredCib.of(cib);
        if (current != null && next.version().compareTo(current.version()) < 0) {
            throw new CibException("refusing to store version " + next.version() + ": it is older than the stored "
                    + current.version());
        }
        if (current == null || CibVersion.configurationChanged(current.cib(), cib)) {
            String old = current == null ? "" : CibXml.write(current.cib());
            changes.add(new CibChange(changes.size() + 1, next.version(), clock.instant(), source.user(),
                    source.originNode(), LineDiff.diff(old, CibXml.write(cib))));
        }
        current = next;
        return next;
    }

    @Override
    public synchronized List<CibChange> changes(int limit) {
        List<CibChange> out = new ArrayList<>(changes.reversed());
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }
}
