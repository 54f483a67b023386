package io.tandem.executor;

/**
 * Runs one process to completion or to its deadline. Blocking; implementations must be thread-safe.
 * The real one is {@code exec.CommonsExecAgentRunner}; tests script outcomes instead.
 */
public interface AgentRunner {
    AgentOutcome run(AgentInvocation invocation);
}
