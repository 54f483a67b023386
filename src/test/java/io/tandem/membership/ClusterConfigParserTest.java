package io.tandem.membership;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterConfigParserTest {
    static String resource(String name) throws IOException {
        try (InputStream in = ClusterConfigParserTest.class.getResourceAsStream("/membership/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void tutorialCorosyncConfExactlyAsPrintedParses() throws Exception {
        ParsedConfig parsed = ClusterConfigParser.parse(resource("tutorial-corosync.conf"));
        ClusterConfig c = parsed.config();
        assertEquals(List.of(), parsed.warnings(), "the tutorial uses only known keys");
        assertEquals(Transport.UDP, c.totem().transport());
        assertEquals(Duration.ofMillis(1000), c.totem().token());
        assertEquals(Duration.ofMillis(1200), c.totem().consensus(), "corosync's default consensus is 1.2 x token");
        assertEquals("none", c.totem().cryptoCipher());
        assertEquals("none", c.totem().cryptoHash());
        assertEquals(Optional.of(new InterfaceConfig(0, "10.77.0.0", "239.255.1.1", 5405, 1)), c.totem().iface());
        assertEquals(new QuorumConfig("corosync_votequorum", OptionalInt.of(2), true, true, false,
                QuorumConfig.DEFAULT_LMS_WINDOW), c.quorum(), "two_node implies wait_for_all");
        assertEquals(new LoggingConfig(true, Optional.of("/var/log/cluster/corosync.log"), true, false, true, false),
                c.logging());
        assertEquals(List.of(), c.nodes());
    }

    @Test
    void onePerLineLayoutMeansTheSameAsTheFlattenedLine() throws Exception {
        ClusterConfig flat = ClusterConfigParser.parse(resource("tutorial-corosync.conf")).config();
        ClusterConfig pretty = ClusterConfigParser.parse(resource("tutorial-corosync-pretty.conf")).config();
        assertEquals(flat.totem(), pretty.totem());
        assertEquals(flat.quorum(), pretty.quorum());
        assertEquals(flat.logging(), pretty.logging());
        assertEquals(8, pretty.lineOf("totem.interface.ringnumber"));
        assertEquals(1, flat.lineOf("totem.interface.ringnumber"));
    }

    @Test
    void nodelistUdpuVariant() throws Exception {
        ClusterConfig c = ClusterConfigParser.parse(resource("udpu-nodelist.conf")).config();
        assertEquals(Transport.UDPU, c.totem().transport());
        assertEquals("webcluster", c.totem().clusterName());
        assertEquals(Duration.ofMillis(3600), c.totem().consensus());
        assertEquals(5405, c.totem().port());
        assertEquals(List.of("node1", "node2", "node3"), c.nodes().stream().map(NodeEntry::name).toList());
        assertEquals(new NodeEntry("10.77.0.102", "node2", 2, 21), c.nodes().get(1));
        assertTrue(c.quorum().waitForAll());
        assertTrue(c.quorum().lastManStanding());
        assertEquals(Duration.ofSeconds(20), c.quorum().lastManStandingWindow());
        assertEquals(3, Votequorum.from(c).configuredExpectedVotes(), "expected votes default to the nodelist size");
    }

    @Test
    void nodelistWithoutTransportIsKnetAndNodesWithoutNamesUseTheirAddress() throws Exception {
        ClusterConfig c = ClusterConfigParser.parse("""
                totem { version: 2 }
                nodelist {
                  node { ring0_addr: 10.0.0.1 }
                  node { ring0_addr: 10.0.0.2 }
                }
                """).config();
        assertEquals(Transport.KNET, c.totem().transport());
        assertEquals(List.of(new NodeEntry("10.0.0.1", "10.0.0.1", 1, 3), new NodeEntry("10.0.0.2", "10.0.0.2", 2, 4)),
                c.nodes());
    }

    @Test
    void unknownKeysAndSectionsAreWarningsWithLines() throws Exception {
        ParsedConfig parsed = ClusterConfigParser.parse("""
                totem {
                  version: 2
                  tokn: 1000
                  transport: udpu
                }
                nodelist { node { ring0_addr: 10.0.0.1 } }
                resources { }
                """);
        assertEquals(List.of(
                ConfigProblem.warning("totem.tokn", 3, "unknown key, ignored"),
                ConfigProblem.warning("resources", 7, "unknown section, ignored")), parsed.warnings());
        assertEquals(Duration.ofMillis(1000), parsed.config().totem().token(), "the misspelt key kept the default");
    }

    @Test
    void invalidValuesAreErrorsNamingKeyAndLine() {
        ClusterConfigException e = assertThrows(ClusterConfigException.class, () -> ClusterConfigParser.parse("""
                totem {
                  version: 2
                  token: fast
                  crypto_cipher: rot13
                  transport: udpu
                }
                nodelist { node { ring0_addr: 10.0.0.1 } }
                quorum {
                  two_node: maybe
                }
                """));
        assertEquals(List.of(
                ConfigProblem.error("totem.token", 3, "invalid number 'fast'"),
                ConfigProblem.error("totem.crypto_cipher", 4,
                        "invalid value 'rot13', expected one of [3des, aes128, aes192, aes256, none]"),
                ConfigProblem.error("quorum.two_node", 9, "invalid boolean 'maybe', expected yes/no, on/off or 1/0")),
                e.errors());
        assertTrue(e.getMessage().contains("key=totem.token line=3"), e.getMessage());
    }

    @Test
    void impossibleConfigurationsAreErrors() {
        ClusterConfigException twoNodeOfThree = assertThrows(ClusterConfigException.class, () -> ClusterConfigParser.parse("""
                totem { version: 2 transport: udpu }
                nodelist {
                  node { ring0_addr: 10.0.0.1 }
                  node { ring0_addr: 10.0.0.2 }
                  node { ring0_addr: 10.0.0.3 }
                }
                quorum {
                  provider: corosync_votequorum
                  two_node: 1
                }
                """));
        assertEquals(List.of(ConfigProblem.error("quorum.two_node", 9, "two_node needs exactly 2 nodes, the nodelist has 3")),
                twoNodeOfThree.errors());

        ClusterConfigException udpuWithoutNodes = assertThrows(ClusterConfigException.class,
                () -> ClusterConfigParser.parse("totem {\n version: 2\n transport: udpu\n}\n"));
        assertEquals(List.of(ConfigProblem.error("totem.transport", 3, "transport udpu needs a nodelist")),
                udpuWithoutNodes.errors());

        ClusterConfigException consensus = assertThrows(ClusterConfigException.class, () -> ClusterConfigParser.parse(
                "totem { version: 2 token: 3000\n consensus: 1000 }\nnodelist { node { ring0_addr: 10.0.0.1 } }"));
        assertEquals("totem.consensus", consensus.errors().getFirst().key());
        assertEquals(2, consensus.errors().getFirst().line());

        ClusterConfigException duplicate = assertThrows(ClusterConfigException.class, () -> ClusterConfigParser.parse("""
                totem { version: 2 }
                nodelist {
                  node { ring0_addr: 10.0.0.1 nodeid: 1 }
                  node { ring0_addr: 10.0.0.2 nodeid: 1 }
                }
                """));
        assertEquals(List.of(ConfigProblem.error("nodelist.node.nodeid", 4, "duplicate nodeid 1")), duplicate.errors());
    }

    @Test
    void syntaxErrorsHaveLines() {
        ClusterConfigException e = assertThrows(ClusterConfigException.class, () -> ClusterConfigParser.parse("""
                totem {
                  version: 2
                  token:
                }
                quorum {
                  expected_votes: 2
                """));
        assertEquals(List.of(
                ConfigProblem.error("totem.token", 3, "missing value"),
                ConfigProblem.error("quorum", 5, "section 'quorum' is not closed with '}'")),
                e.errors().subList(0, 2));
    }

    @Test
    void missingTotemIsAnError() {
        ClusterConfigException e = assertThrows(ClusterConfigException.class,
                () -> ClusterConfigParser.parse("quorum { expected_votes: 2 }"));
        assertEquals("totem", e.errors().getFirst().key());
    }

    /** The tutorial saw corosync spin with an empty quorum section; Tandem takes votequorum's defaults. */
    @Test
    void emptyOrMissingQuorumSectionGivesSaneDefaults() throws Exception {
        String nodes = "totem { version: 2 transport: udpu }\n"
                + "nodelist { node { ring0_addr: 10.0.0.1 } node { ring0_addr: 10.0.0.2 } }\n";
        for (String text : List.of(nodes + "quorum {\n}\n", nodes, nodes + "quorum { }")) {
            ParsedConfig parsed = ClusterConfigParser.parse(text);
            assertEquals(QuorumConfig.defaults(), parsed.config().quorum());
            assertEquals(List.of(), parsed.warnings());
            Votequorum vq = Votequorum.from(parsed.config());
            assertEquals(new Votequorum(2, false, false, false, QuorumConfig.DEFAULT_LMS_WINDOW), vq);
            QuorumState both = vq.next(vq.initial(), 2, java.time.Instant.EPOCH);
            assertTrue(both.quorate());
            assertFalse(vq.next(both, 1, java.time.Instant.EPOCH).quorate(), "one of two nodes is not quorate");
        }
        // Without a nodelist either, the tutorial's multicast file still starts, with a warning.
        String tutorialWithEmptyQuorum = resource("tutorial-corosync.conf").replaceAll("quorum \\{.*\\}", "quorum { }");
        ParsedConfig parsed = ClusterConfigParser.parse(tutorialWithEmptyQuorum);
        assertEquals(QuorumConfig.defaults(), parsed.config().quorum());
        assertEquals("quorum.expected_votes", parsed.warnings().getFirst().key());
        assertEquals(Votequorum.DEFAULT_EXPECTED_VOTES, Votequorum.from(parsed.config()).configuredExpectedVotes());
    }

    static String tutorial() throws IOException {
        return resource("tutorial-corosync.conf");
    }
}
