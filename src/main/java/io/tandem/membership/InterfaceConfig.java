package io.tandem.membership;

/** A {@code totem.interface} block: where multicast traffic goes and which local network it binds to. */
public record InterfaceConfig(int ringNumber, String bindNetAddr, String mcastAddr, int mcastPort, int ttl) {
    public static final int DEFAULT_PORT = 5405;
}
