package io.tandem.executor;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One process to run: the argument vector (never a shell line), its complete environment and its deadline.
 *
 * @param command argv; command.get(0) is an absolute path
 * @param env     the complete environment (nothing is inherited from the JVM)
 * @param timeout the whole process group is killed after this long
 */
public record AgentInvocation(List<String> command, Map<String, String> env, Duration timeout) {

    public AgentInvocation {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        env = Collections.unmodifiableMap(new TreeMap<>(env));
    }
}
