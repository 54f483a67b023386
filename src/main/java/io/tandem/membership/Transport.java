package io.tandem.membership;

/** corosync's {@code totem.transport}; udpu and knet both mean unicast to a nodelist (TCP + TCPPING here). */
public enum Transport {
    /** UDP multicast to {@code interface.mcastaddr}. */
    UDP,
    /** Unicast UDP to the nodelist (corosync 2). */
    UDPU,
    /** Kronosnet unicast to the nodelist (corosync 3's default). */
    KNET;

    public boolean unicast() {
        return this != UDP;
    }
}
