package io.tandem.executor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Meta-data per agent, fetched once and kept: Pacemaker caches it too, since agents rarely change while
 * the node runs. Failures are not cached, so a fixed agent is seen on the next lookup.
 */
public final class MetadataCache {

    private final Function<AgentId, OperationResult> fetch;
    private final Map<AgentId, AgentMetadata> cache = new ConcurrentHashMap<>();

    /** @param fetch runs the agent's meta-data action */
    public MetadataCache(Function<AgentId, OperationResult> fetch) {
        this.fetch = fetch;
    }

    /** Cached meta-data, or a fresh meta-data run. Throws MetadataException when the agent gives none. */
    public AgentMetadata get(AgentId agent) {
        AgentMetadata md = cache.get(agent);
        if (md != null) {
            return md;
        }
        OperationResult r = fetch.apply(agent);
        if (!r.ok()) {
            throw new MetadataException("meta-data of " + agent + " failed: " + r.summary());
        }
        md = MetadataParser.parse(r.output());
        cache.put(agent, md);
        return md;
    }

    /** Only what is already cached: never runs anything. */
    public Optional<AgentMetadata> peek(AgentId agent) {
        return Optional.ofNullable(cache.get(agent));
    }

    public void forget(AgentId agent) {
        cache.remove(agent);
    }
}
