package io.tandem.crm.agent;

import java.util.List;
import java.util.Optional;

/** What crm checks a primitive against: the agent's parameters and actions. */
public record AgentInfo(String spec, List<AgentParameter> parameters, List<AgentAction> actions) {
    public AgentInfo {
        parameters = List.copyOf(parameters);
        actions = List.copyOf(actions);
    }

    public Optional<AgentParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The first action with this name (the first monitor is the one crmsh compares against). */
    public Optional<AgentAction> action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
