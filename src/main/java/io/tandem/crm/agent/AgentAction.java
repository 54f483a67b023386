package io.tandem.crm.agent;

/** One action of an agent's meta-data with its advised timeout and interval (raw text, may be null). */
public record AgentAction(String name, String timeout, String interval, String role, String depth) {
}
