package io.tandem.membership;

import java.net.InetAddress;

/** Who this node is in the cluster, and the address and port its membership traffic binds to. */
public record LocalNode(Member member, InetAddress bindAddress, int port) {
}
