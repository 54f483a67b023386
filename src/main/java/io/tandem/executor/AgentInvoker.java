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
        // Quiet: routine results at FINE, key=value so they can be grepped and parsed.
        Level level = r.status() == ExecStatus.DONE ? Level.FINE : Level.INFO;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "op rsc={0} agent={1} action={2} interval_ms={3} rc={4} status={5} exec_ms={6} reason=\"{7}\"",
                    new Object[] {rsc.id(), rsc.agent(), op.action(), Long.toString(op.intervalMs()), r.rc(),
                        r.status().name(), Long.toString(r.execMillis()), r.exitReason()});
        }
        return r;
    }

    /** The agent's meta-data action, run with an empty parameter set as Pacemaker does. */
    public OperationResult metaData(AgentId agent) {
        ResourceDefinition rsc = new ResourceDefinition(agent.type(), agent, Map.of());
        return invoke(rsc, OperationRequest.of(rsc.id(), "meta-data", META_DATA_TIMEOUT));
    }
}
