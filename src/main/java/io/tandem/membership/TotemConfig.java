package io.tandem.membership;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code totem} section. Timing keys keep corosync's meaning: {@code token} is how long a silent peer
 * may stay a member, {@code consensus} how long agreement on a new view may take.
 */
public record TotemConfig(
        int version,
        String clusterName,
        Transport transport,
        Duration token,
        int tokenRetransmitsBeforeLossConst,
        Duration join,
        Duration consensus,
        String cryptoCipher,
        String cryptoHash,
        Optional<InterfaceConfig> iface) {

    public static final Duration DEFAULT_TOKEN = Duration.ofMillis(1000);
    public static final Duration DEFAULT_JOIN = Duration.ofMillis(50);
    public static final String DEFAULT_CLUSTER_NAME = "tandem";

    /** The port used by unicast transports: the interface's mcastport when given, otherwise corosync's 5405. */
    public int port() {
        return iface.map(InterfaceConfig::mcastPort).orElse(InterfaceConfig.DEFAULT_PORT);
    }
}
