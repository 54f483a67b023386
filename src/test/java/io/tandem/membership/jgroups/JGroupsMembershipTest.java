package io.tandem.membership.jgroups;

import io.tandem.membership.ClusterConfigParser;
import io.tandem.membership.ClusterKey;
import io.tandem.membership.ClusterSecurity;
import io.tandem.membership.LocalAddress;
import io.tandem.membership.LocalNodeResolver;
import io.tandem.membership.Member;
import io.tandem.membership.MembershipException;
import io.tandem.membership.MembershipListener;
import io.tandem.membership.NodeSetup;
import io.tandem.membership.ParsedConfig;
import io.tandem.membership.View;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two real JGroups nodes inside this JVM: the port's contract without child processes. */
class JGroupsMembershipTest {
    private static JGroupsMembership node(String conf, String name, ClusterKey key) throws Exception {
        ParsedConfig parsed = ClusterConfigParser.parse(conf);
        var local = LocalNodeResolver.resolve(parsed.config(), Optional.of(name), "h",
                List.of(new LocalAddress(InetAddress.getByName("127.0.0.1"), 8)));
        ClusterSecurity security = ClusterSecurity.resolve(parsed.config(), Optional.of(key));
        return new JGroupsMembership(new NodeSetup(parsed, local, Optional.of(key), security), InstantSource.system());
    }

    @Test
    void twoNodesShareViewsBroadcastsAndDirectSendsAndAFailingListenerIsReported() throws Exception {
        int net = ThreadLocalRandom.current().nextInt(100, 250);
        int port = ThreadLocalRandom.current().nextInt(40_000, 50_000);
        String conf = ("totem { version: 2 cluster_name: inproc%d transport: udpu token: 1000 interface { mcastport: %d } }\n"
                + "nodelist { node { ring0_addr: 127.0.%d.1 name: a nodeid: 1 } node { ring0_addr: 127.0.%d.2 name: b nodeid: 2 } }\n")
                .formatted(net, port, net, net);
        byte[] secret = new byte[128];
        ThreadLocalRandom.current().nextBytes(secret);
        ClusterKey key = ClusterKey.of(secret);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        LinkedBlockingQueue<String> atB = new LinkedBlockingQueue<>();
        try (JGroupsMembership a = node(conf, "a", key); JGroupsMembership b = node(conf, "b", key)) {
            a.start();
            assertEquals(List.of(new Member(1, "a")), a.view().members());
            b.onListenerFailure((t, e) -> failure.complete(e));
            b.subscribe(new MembershipListener() {
                @Override
                public void viewChanged(View view, io.tandem.membership.QuorumState quorum) {
                    atB.add("view " + view.names() + " ids=" + view.members().stream().map(Member::id).toList()
                            + " quorate=" + quorum.quorate());
                }

                @Override
                public void received(Member from, byte[] payload, boolean broadcast) {
                    String text = new String(payload, StandardCharsets.UTF_8);
                    if (text.equals("boom")) {
                        throw new IllegalStateException("listener bug");
                    }
                    atB.add((broadcast ? "bcast " : "send ") + from + " " + text);
                }
            });
            b.start();
            assertEquals("view [a, b] ids=[1, 2] quorate=true", atB.poll(10, TimeUnit.SECONDS));
            a.broadcast("hello".getBytes(StandardCharsets.UTF_8));
            assertEquals("bcast a(1) hello", atB.poll(5, TimeUnit.SECONDS));
            a.send("b", "direct".getBytes(StandardCharsets.UTF_8));
            assertEquals("send a(1) direct", atB.poll(5, TimeUnit.SECONDS));
            assertThrows(MembershipException.class, () -> a.send("nobody", new byte[1]));
            a.broadcast("boom".getBytes(StandardCharsets.UTF_8));
            assertEquals("listener bug", failure.get(5, TimeUnit.SECONDS).getMessage());
            a.broadcast("after".getBytes(StandardCharsets.UTF_8));
            assertEquals("bcast a(1) after", atB.poll(5, TimeUnit.SECONDS), "the dispatcher survives a failing listener");
            a.stop();
            assertTrue(atB.poll(5, TimeUnit.SECONDS).startsWith("view [b] ids=[2] quorate=false"),
                    "a graceful leave is seen at once; 1 of 2 without two_node is not quorate");
        }
    }
}
