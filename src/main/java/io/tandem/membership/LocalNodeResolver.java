package io.tandem.membership;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Finds this node in the configuration: by name when one is given, otherwise by the host's addresses
 * (a nodelist ring0_addr, or the address inside totem.interface.bindnetaddr). Pure: the host's addresses
 * are an input, so several nodes can share one machine on 127.0.0.x.
 */
public final class LocalNodeResolver {
    private LocalNodeResolver() {
    }

    public static LocalNode resolve(ClusterConfig config, Optional<String> name, String hostName,
                                    List<LocalAddress> local) throws ClusterConfigException {
        return config.totem().transport().unicast()
                ? fromNodelist(config, name, local)
                : fromInterface(config, name.orElse(hostName), local);
    }

    private static LocalNode fromNodelist(ClusterConfig config, Optional<String> name, List<LocalAddress> local)
            throws ClusterConfigException {
        NodeEntry entry;
        if (name.isPresent()) {
            entry = config.node(name.get()).orElseThrow(() -> error("nodelist", config.lineOf("nodelist.node.name"),
                    "node '" + name.get() + "' is not in the nodelist " + config.nodes().stream().map(NodeEntry::name).toList()));
        } else {
            List<NodeEntry> mine = config.nodes().stream()
                    .filter(n -> local.stream().anyMatch(l -> address(n).map(l::covers).orElse(false)))
                    .toList();
            if (mine.size() != 1) {
                throw error("nodelist.node.ring0_addr", 0, mine.isEmpty()
                        ? "no nodelist entry has an address of this host; give the node name"
                        : "several nodelist entries are addresses of this host " + mine.stream().map(NodeEntry::name).toList()
                                + "; give the node name");
            }
            entry = mine.getFirst();
        }
        InetAddress bind = address(entry).orElseThrow(() -> error("nodelist.node.ring0_addr", entry.line(),
                "cannot resolve ring0_addr '" + entry.ring0Addr() + "'"));
        if (local.stream().noneMatch(l -> l.covers(bind))) {
            throw error("nodelist.node.ring0_addr", entry.line(),
                    "ring0_addr " + entry.ring0Addr() + " of node " + entry.name() + " is not an address of this host");
        }
        return new LocalNode(new Member(entry.nodeId(), entry.name()), bind, config.totem().port());
    }

    private static LocalNode fromInterface(ClusterConfig config, String name, List<LocalAddress> local)
            throws ClusterConfigException {
        InterfaceConfig iface = config.totem().iface().orElseThrow();
        String key = "totem.interface.bindnetaddr";
        InetAddress net;
        try {
            net = InetAddress.getByName(iface.bindNetAddr());
        } catch (UnknownHostException e) {
            throw error(key, config.lineOf(key), "invalid bindnetaddr '" + iface.bindNetAddr() + "'");
        }
        InetAddress bind = local.stream()
                .filter(l -> l.address().equals(net) || l.sameNetwork(net))
                .map(LocalAddress::address).findFirst()
                .orElseThrow(() -> error(key, config.lineOf(key),
                        "no address of this host is in network " + iface.bindNetAddr()));
        // corosync derives the nodeid from the IPv4 address when there is no nodelist (high bit cleared).
        byte[] b = bind.getAddress();
        int id = b.length == 4 ? (((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff)) & 0x7fffffff : 1;
        // corosync receives on mcastport and sends from mcastport - 1; the unicast socket takes the latter.
        return new LocalNode(new Member(id, name), bind, iface.mcastPort() - 1);
    }

    private static Optional<InetAddress> address(NodeEntry n) {
        try {
            return Optional.of(InetAddress.getByName(n.ring0Addr()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static ClusterConfigException error(String key, int line, String message) {
        return new ClusterConfigException(List.of(ConfigProblem.error(key, line, message)));
    }
}
