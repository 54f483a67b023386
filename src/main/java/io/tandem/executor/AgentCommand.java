package io.tandem.executor;

import java.util.List;

/** What running an action of an agent means on this host: a process to start, or an answer without one. */
public sealed interface AgentCommand {

    /** Run {@code argv} and interpret its exit status with {@code mapping}. */
    record Run(List<String> argv, RcMapping mapping) implements AgentCommand {
        public Run {
            argv = List.copyOf(argv);
        }
    }

    /** Answer at once: the agent is missing or its class is unsupported, or the answer is synthesized. */
    record Answer(OperationResult result) implements AgentCommand {
    }
}
