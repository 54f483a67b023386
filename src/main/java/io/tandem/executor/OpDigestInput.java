package io.tandem.executor;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything an operation digest may depend on.
 *
 * @param agent      the agent
 * @param action     the operation
 * @param intervalMs its interval
 * @param params     the resource's instance attributes
 * @param metadata   the agent's meta-data when known (reloadable/unique flags)
 * @param featureSet crm_feature_set
 */
public record OpDigestInput(AgentId agent, String action, long intervalMs, Map<String, String> params,
        Optional<AgentMetadata> metadata, String featureSet) {

    public OpDigestInput {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }
}
