package io.tandem.crm.agent;

/** One parameter of an agent's meta-data. */
public record AgentParameter(String name, boolean required, boolean unique, String type, String defaultValue) {
}
