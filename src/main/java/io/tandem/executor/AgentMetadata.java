package io.tandem.executor;

import java.util.List;
import java.util.Optional;

/**
 * An agent's meta-data, parsed leniently from OCF 1.0 or 1.1 XML.
 *
 * @param name       the resource-agent name attribute
 * @param ocfVersion the &lt;version&gt; element (1.0, 1.1), or empty
 * @param shortDesc  English short description, or empty
 * @param parameters parameters in document order
 * @param actions    actions in document order (a name can occur more than once, e.g. monitor per role)
 * @param xml        the raw meta-data as the agent printed it
 */
public record AgentMetadata(String name, String ocfVersion, String shortDesc, List<AgentParameter> parameters,
        List<AgentActionSpec> actions, String xml) {

    public AgentMetadata {
        parameters = List.copyOf(parameters);
        actions = List.copyOf(actions);
    }

    public Optional<AgentParameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    public Optional<AgentActionSpec> action(String actionName) {
        return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
    }

    public boolean supports(String actionName) {
        return action(actionName).isPresent();
    }

    /** Whether a parameter change can be applied with reload instead of a restart (OCF 1.1 reload-agent, or reload). */
    public boolean supportsReload() {
        return supports("reload-agent") || supports("reload");
    }
}
