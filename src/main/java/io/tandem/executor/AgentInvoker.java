package io.tandem.executor;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one action of one resource, synchronously, outside any queue: the building block of the executor's
 * workers, of meta-data fetching and of {@code crm_resource --force-*} local runs.
 */
public final class AgentInvoker {

    private static final Logger LOG = Logger.getLogger(AgentInvoker.class.getName());
    public static final Duration META_DATA_TIMEOUT = Duration.ofSeconds(30);

    private final NodeEnvironment node;
    private final AgentLocator locator;
    private final AgentRunner runner;

    public AgentInvoker(NodeEnvironment node, AgentLocator locator, AgentRunner runner) {
        this.node = node;
        this.locator = locator;
        this.runner = runner;
    }

    public NodeEnvironment node() {
        return node;
    }

    public OperationResult invoke(ResourceDefinition rsc, OperationRequest op) {
        AgentCommand cmd = locator.command(rsc.agent(), op.action());
        OperationResult r = switch (cmd) {
            case AgentCommand.Answer a -> a.result();
            case AgentCommand.Run run -> OutcomeInterpreter.interpret(
                    runner.run(new AgentInvocation(run.argv(), OcfEnvironment.build(node, rsc, op), op.timeout())),
                    run.mapping());
        };
        if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "{0} {1} interval={2}ms: {3} ({4} ms)",
                    new Object[] {rsc.id(), op.action(), op.intervalMs(), r.summary(), r.execMillis()});
        }
        return r;
    }

    /** The agent's meta-data action, run with an empty parameter set as Pacemaker does. */
    public OperationResult metaData(AgentId agent) {
        ResourceDefinition rsc = new ResourceDefinition(agent.type(), agent, Map.of());
        return invoke(rsc, OperationRequest.of(rsc.id(), "meta-data", META_DATA_TIMEOUT));
    }
}
