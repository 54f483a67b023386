package io.tandem.membership;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalNodeResolverTest {
    private static final String NODES = """
            totem { version: 2 transport: udpu interface { mcastport: 6000 } }
            nodelist {
              node { ring0_addr: 10.77.0.101 name: node1 nodeid: 1 }
              node { ring0_addr: 10.77.0.102 name: node2 nodeid: 2 }
            }
            """;

    private static LocalAddress addr(String a, int prefix) throws Exception {
        return new LocalAddress(InetAddress.getByName(a), prefix);
    }

    @Test
    void findsTheNodeByAddressOrByName() throws Exception {
        ClusterConfig c = ClusterConfigParser.parse(NODES).config();
        List<LocalAddress> host = List.of(addr("127.0.0.1", 8), addr("10.77.0.102", 24));
        LocalNode byAddress = LocalNodeResolver.resolve(c, Optional.empty(), "h", host);
        assertEquals(new LocalNode(new Member(2, "node2"), InetAddress.getByName("10.77.0.102"), 6000), byAddress);
        ClusterConfigException notHere = assertThrows(ClusterConfigException.class,
                () -> LocalNodeResolver.resolve(c, Optional.of("node1"), "h", host));
        assertEquals(new ConfigProblem(ConfigProblem.Severity.ERROR, "nodelist.node.ring0_addr", 3,
                "ring0_addr 10.77.0.101 of node node1 is not an address of this host"), notHere.errors().getFirst());
        assertThrows(ClusterConfigException.class, () -> LocalNodeResolver.resolve(c, Optional.of("node9"), "h", host));
    }

    @Test
    void anyLoopbackAddressIsLocalSoSeveralNodesShareOneHost() throws Exception {
        ClusterConfig c = ClusterConfigParser.parse(NODES.replace("10.77.0.10", "127.0.66.")).config();
        List<LocalAddress> host = List.of(addr("127.0.0.1", 8));
        assertEquals(new Member(1, "node1"), LocalNodeResolver.resolve(c, Optional.of("node1"), "h", host).member());
        ClusterConfigException ambiguous = assertThrows(ClusterConfigException.class,
                () -> LocalNodeResolver.resolve(c, Optional.empty(), "h", host));
        assertTrue(ambiguous.getMessage().contains("give the node name"), ambiguous.getMessage());
    }

    @Test
    void bindnetaddrMustMatchAnAddressOfThisHost() throws Exception {
        ClusterConfig tutorial = ClusterConfigParser.parse(ClusterConfigParserTest.tutorial()).config();
        LocalNode node = LocalNodeResolver.resolve(tutorial, Optional.empty(), "node1",
                List.of(addr("127.0.0.1", 8), addr("10.77.0.201", 24)));
        assertEquals(InetAddress.getByName("10.77.0.201"), node.bindAddress());
        assertEquals("node1", node.member().name());
        assertEquals(5404, node.port(), "corosync sends from mcastport - 1");
        ClusterConfigException e = assertThrows(ClusterConfigException.class, () -> LocalNodeResolver.resolve(
                tutorial, Optional.empty(), "node1", List.of(addr("127.0.0.1", 8), addr("10.0.0.5", 24))));
        assertEquals(ConfigProblem.error("totem.interface.bindnetaddr", 1,
                "no address of this host is in network 10.77.0.0"), e.errors().getFirst());
    }
}
