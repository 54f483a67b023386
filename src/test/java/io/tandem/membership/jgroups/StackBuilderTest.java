package io.tandem.membership.jgroups;

import io.tandem.membership.ClusterConfig;
import io.tandem.membership.ClusterConfigParser;
import io.tandem.membership.ClusterKey;
import io.tandem.membership.LocalNode;
import io.tandem.membership.Member;
import io.tandem.membership.SecurityMode;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UDP;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.stack.Protocol;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class StackBuilderTest {
    private static ClusterConfig config(String resource) throws Exception {
        try (InputStream in = StackBuilderTest.class.getResourceAsStream("/membership/" + resource)) {
            return ClusterConfigParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).config();
        }
    }

    private static List<String> names(List<Protocol> stack) {
        return stack.stream().map(p -> p.getClass().getSimpleName()).toList();
    }

    @Test
    void tutorialMulticastStackBindsToTheLocalAddressAndFollowsToken() throws Exception {
        InetAddress bind = InetAddress.getByName("127.0.0.1");
        List<Protocol> stack = StackBuilder.build(config("tutorial-corosync.conf"),
                new LocalNode(new Member(1, "node1"), bind, 5404), SecurityMode.NONE, Optional.empty(), List.of());
        assertEquals(List.of("UDP", "PING", "MERGE3", "FD_SOCK2", "FD_ALL3", "VERIFY_SUSPECT2", "NAKACK2", "UNICAST3",
                "STABLE", "GMS", "UFC", "MFC", "SEQUENCER", "FRAG4"), names(stack));
        UDP udp = assertInstanceOf(UDP.class, stack.getFirst());
        assertEquals(bind, udp.getBindAddress());
        assertEquals(InetAddress.getByName("239.255.1.1"), udp.getMulticastAddress());
        assertEquals(5405, udp.getMulticastPort());
        assertEquals(bind, ((FD_SOCK2) stack.get(3)).getBindAddress(), "FD_SOCK2 must not listen on 0.0.0.0");
        assertEquals(1000, ((FD_ALL3) stack.get(4)).getTimeout());
        assertEquals(250, ((FD_ALL3) stack.get(4)).getInterval());
        assertEquals(300, ((VERIFY_SUSPECT2) stack.get(5)).getTimeout(), "a quarter of consensus (1.2 x token)");
    }

    @Test
    void nodelistStackIsTcpWithTheNodelistAsInitialHostsAndTheSealAboveTheTransport() throws Exception {
        InetAddress bind = InetAddress.getByName("10.77.0.102");
        Protocol fault = new FaultLayer(1);
        List<Protocol> stack = StackBuilder.build(config("udpu-nodelist.conf"),
                new LocalNode(new Member(2, "node2"), bind, 5405), SecurityMode.ENCRYPT,
                Optional.of(ClusterKey.of(new byte[128])), List.of(fault));
        assertEquals(List.of("TCP", "FaultLayer", "ClusterKeySeal", "TCPPING"), names(stack).subList(0, 4));
        TCP tcp = (TCP) stack.getFirst();
        assertEquals(bind, tcp.getBindAddress());
        assertEquals(5405, tcp.getBindPort());
        assertEquals(3, ((TCPPING) stack.get(3)).getInitialHosts().size());
        assertEquals(3000, ((FD_ALL3) stack.get(6)).getTimeout(), "token: 3000");
        assertEquals(900, ((VERIFY_SUSPECT2) stack.get(7)).getTimeout(), "consensus: 3600 / 4");
    }
}
