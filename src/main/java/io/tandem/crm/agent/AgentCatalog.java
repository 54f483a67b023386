package io.tandem.crm.agent;

import java.util.Optional;

/**
 * The port through which crm learns an agent's meta-data. Empty means the agent does not exist (or
 * gives no meta-data), which crm reports as "no such resource agent".
 */
public interface AgentCatalog {

    /** Whether this catalog can answer for the class at all (stonith, service: checks are skipped when not). */
    boolean knowsClass(String cls);

    Optional<AgentInfo> metadata(String cls, String provider, String type);
}
