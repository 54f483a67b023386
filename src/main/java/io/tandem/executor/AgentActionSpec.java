package io.tandem.executor;

import java.time.Duration;
import java.util.Optional;

/**
 * One action advertised in an agent's meta-data, with its suggested settings.
 *
 * @param name       start, stop, monitor, ...
 * @param timeout    suggested timeout
 * @param interval   suggested interval (monitors)
 * @param depth      OCF_CHECK_LEVEL, if given
 * @param role       the role a monitor is for (Promoted/Unpromoted/Master/Slave), if given
 * @param startDelay suggested start-delay, if given
 */
public record AgentActionSpec(String name, Optional<Duration> timeout, Optional<Duration> interval,
        Optional<String> depth, Optional<String> role, Optional<Duration> startDelay) {
}
