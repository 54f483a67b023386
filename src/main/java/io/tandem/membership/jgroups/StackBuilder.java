package io.tandem.membership.jgroups;

import io.tandem.membership.ClusterConfig;
import io.tandem.membership.ClusterKey;
import io.tandem.membership.InterfaceConfig;
import io.tandem.membership.LocalNode;
import io.tandem.membership.NodeEntry;
import io.tandem.membership.SecurityMode;
import io.tandem.membership.TotemConfig;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.MFC;
import org.jgroups.protocols.PING;
import org.jgroups.protocols.SEQUENCER;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.TP;
import org.jgroups.protocols.UDP;
import org.jgroups.protocols.UFC;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.stack.Protocol;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the protocol stack (bottom first) from the configuration. Timing follows totem: FD_ALL3 suspects a
 * silent peer after {@code token}, VERIFY_SUSPECT2 double-checks for a quarter of {@code consensus}, and the
 * view protocol's timeouts scale with {@code token}. Every socket binds to the local node's address.
 */
final class StackBuilder {
    private static final java.util.logging.Logger JGROUPS_LOG = java.util.logging.Logger.getLogger("org.jgroups");

    private StackBuilder() {
    }

    /** The stack, bottom first; {@code extra} protocols (test faults) go right above the transport. */
    static List<Protocol> build(ClusterConfig config, LocalNode local, SecurityMode mode, Optional<ClusterKey> key,
                                List<Protocol> extra) throws UnknownHostException {
        TotemConfig totem = config.totem();
        long token = totem.token().toMillis();
        long consensus = totem.consensus().toMillis();
        InetAddress bind = local.bindAddress();
        List<Protocol> stack = new ArrayList<>();
        TP transport;
        Protocol discovery;
        if (totem.transport().unicast()) {
            transport = new TCP().setClientBindAddr(bind).setValue("port_range", 0);
            List<InetSocketAddress> hosts = new ArrayList<>();
            for (NodeEntry n : config.nodes()) {
                hosts.add(new InetSocketAddress(InetAddress.getByName(n.ring0Addr()), totem.port()));
            }
            discovery = new TCPPING().setInitialHosts(hosts).setPortRange(0);
        } else {
            InterfaceConfig iface = totem.iface().orElseThrow();
            transport = new UDP().setMulticastAddress(InetAddress.getByName(iface.mcastAddr()))
                    .setMulticastPort(iface.mcastPort()).setIpTTL(iface.ttl()).setValue("port_range", 0);
            discovery = new PING();
        }
        transport.setBindAddress(bind);
        transport.setValue("bind_port", local.port());
        stack.add(transport);
        stack.addAll(extra);
        if (mode != SecurityMode.NONE) {
            ClusterKey k = key.orElseThrow(() -> new IllegalArgumentException("mode " + mode + " needs a cluster key"));
            stack.add(new ClusterKeySeal(new Sealer(mode, k, totem.clusterName()), k.fingerprint()));
        }
        stack.add(discovery);
        stack.add(new MERGE3().setMinInterval(token).setMaxInterval(3 * token));
        stack.add(new FD_SOCK2().setBindAddress(bind).setPortRange(0));
        stack.add(new FD_ALL3().setTimeout(token).setInterval(Math.max(50, token / 4)));
        stack.add(new VERIFY_SUSPECT2().setTimeout(Math.max(50, consensus / 4)));
        stack.add(new NAKACK2().setXmitInterval(Math.max(50, token / 10)));
        stack.add(new UNICAST3().setXmitInterval(Math.max(50, token / 10)));
        stack.add(new STABLE());
        // Total order: every broadcast goes through the coordinator, which stamps it with a sequence number.
        // Below GMS, so that views are ordered with the messages too (agreed order, as Corosync CPG gives).
        stack.add(new SEQUENCER());
        stack.add(new GMS().setJoinTimeout(Math.max(100, token / 2)).setLeaveTimeout(token)
                .setViewAckCollectionTimeout(token).setMergeTimeout(2 * token).setValue("print_local_addr", false));
        stack.add(new UFC());
        stack.add(new MFC());
        stack.add(new FRAG4());
        // Quiet by default: JGroups' own INFO lines (addresses, listening sockets) only with logging.debug.
        // JGroups logs through SLF4J, which this WAR binds to java.util.logging; the field keeps the logger alive.
        JGROUPS_LOG.setLevel(config.logging().debug() ? java.util.logging.Level.FINE : java.util.logging.Level.WARNING);
        return stack;
    }
}
