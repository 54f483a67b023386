package io.tandem.membership;

import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An address of this host with its prefix length, as the interface reports it. */
public record LocalAddress(InetAddress address, int prefixLength) {
    /** Reads this host's interfaces (the only I/O of local node resolution). */
    public static List<LocalAddress> ofThisHost() throws SocketException {
        List<LocalAddress> out = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp()) {
                continue;
            }
            for (InterfaceAddress a : nic.getInterfaceAddresses()) {
                out.add(new LocalAddress(a.getAddress(), a.getNetworkPrefixLength()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * True if this host can bind {@code other} through this interface address: the address itself, or any
     * address of the loopback network (Linux answers all of 127.0.0.0/8 on lo, which the tests rely on).
     */
    public boolean covers(InetAddress other) {
        return address.equals(other) || (address.isLoopbackAddress() && other.isLoopbackAddress() && sameNetwork(other));
    }

    /** True if {@code other} is this address or lies in this address's network. */
    public boolean sameNetwork(InetAddress other) {
        byte[] a = address.getAddress();
        byte[] b = other.getAddress();
        if (a.length != b.length) {
            return false;
        }
        int bits = Math.min(prefixLength, a.length * 8);
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
