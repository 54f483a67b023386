package io.tandem.membership;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Gives meaning to corosync.conf: totem (with interface), nodelist, quorum and logging. Unknown keys are
 * warnings; invalid values and configurations that cannot work are errors naming the key and line.
 */
public final class ClusterConfigParser {
    private static final Set<String> SECTIONS = Set.of("totem", "nodelist", "quorum", "logging");
    private static final Set<String> TOTEM_KEYS = Set.of("version", "cluster_name", "transport", "token",
            "token_retransmits_before_loss_const", "join", "consensus", "crypto_cipher", "crypto_hash",
            "secauth", "clear_node_high_bit", "rrp_mode", "netmtu", "ip_version", "window_size", "max_messages",
            "token_retransmit", "hold", "send_join", "fail_recv_const", "seqno_unchanged_const", "link_mode",
            "keyfile", "miss_count_const", "downcheck", "knet_pmtud_interval", "knet_compression_model");
    private static final Set<String> INTERFACE_KEYS = Set.of("ringnumber", "linknumber", "bindnetaddr", "mcastaddr",
            "mcastport", "ttl", "broadcast", "knet_transport", "knet_link_priority");
    private static final Set<String> NODE_KEYS = Set.of("ring0_addr", "name", "nodeid");
    private static final Set<String> QUORUM_KEYS = Set.of("provider", "expected_votes", "two_node", "wait_for_all",
            "last_man_standing", "last_man_standing_window", "auto_tie_breaker", "votes");
    private static final Set<String> LOGGING_KEYS = Set.of("to_logfile", "logfile", "to_syslog", "to_stderr",
            "timestamp", "debug", "fileline", "function_name", "syslog_facility", "syslog_priority",
            "logfile_priority");
    private static final Set<String> SUBSYS_KEYS = Set.of("subsys", "debug", "to_logfile", "logfile", "to_syslog",
            "to_stderr", "syslog_priority", "logfile_priority");

    private ClusterConfigParser() {
    }

    public static ParsedConfig parse(Path file) throws IOException, ClusterConfigException {
        return parse(Files.readString(file));
    }

    public static ParsedConfig parse(String text) throws ClusterConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        ConfSection root = ConfSyntax.parse(text, problems);
        for (ConfEntry e : root.entries()) {
            problems.add(ConfigProblem.warning(e.key(), e.line(), "key outside any section, ignored"));
        }
        for (ConfSection s : root.children()) {
            if (!SECTIONS.contains(s.name())) {
                problems.add(ConfigProblem.warning(s.name(), s.line(), "unknown section, ignored"));
            }
        }
        Optional<ConfSection> totemSection = first(root, "totem");
        if (totemSection.isEmpty()) {
            problems.add(ConfigProblem.error("totem", 0, "missing totem section"));
        }
        ConfSection empty = new ConfSection("", 0, List.of(), List.of());
        List<NodeEntry> nodes = nodelist(first(root, "nodelist"), problems, lines);
        TotemConfig totem = totem(totemSection.orElse(empty), !nodes.isEmpty(), problems, lines);
        QuorumConfig quorum = first(root, "quorum").map(q -> quorum(q, problems, lines)).orElse(QuorumConfig.defaults());
        LoggingConfig logging = first(root, "logging").map(l -> logging(l, problems, lines)).orElse(LoggingConfig.defaults());
        ClusterConfig config = new ClusterConfig(totem, nodes, quorum, logging, lines);
        ConfigChecks.check(config, problems);
        // Report in file order; problems that are not tied to a line (line 0) come last.
        problems.sort(java.util.Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
        List<ConfigProblem> errors = problems.stream().filter(p -> p.severity() == ConfigProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ClusterConfigException(errors);
        }
        return new ParsedConfig(config, problems);
    }

    private static Optional<ConfSection> first(ConfSection parent, String name) {
        return parent.children().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static TotemConfig totem(ConfSection s, boolean hasNodelist, List<ConfigProblem> problems,
                                     Map<String, Integer> lines) {
        ConfReader r = new ConfReader("totem", s, TOTEM_KEYS, problems, lines);
        r.integer("version", 2, 2);
        Transport transport = r.choice("transport", Set.of("udp", "udpu", "knet"))
                .map(t -> Transport.valueOf(t.toUpperCase()))
                .orElse(hasNodelist ? Transport.KNET : Transport.UDP);
        Duration token = r.integer("token", 100, 600_000).map(Duration::ofMillis).orElse(TotemConfig.DEFAULT_TOKEN);
        int retransmits = r.integer("token_retransmits_before_loss_const", 1, 100).orElse(4);
        Duration join = r.integer("join", 1, 60_000).map(Duration::ofMillis).orElse(TotemConfig.DEFAULT_JOIN);
        // corosync's default consensus is 1.2 × token.
        Duration consensus = r.integer("consensus", 1, 600_000).map(Duration::ofMillis)
                .orElse(Duration.ofMillis(token.toMillis() * 12 / 10));
        String cipher = r.choice("crypto_cipher", Set.of("none", "aes256", "aes192", "aes128", "3des")).orElse("");
        String hash = r.choice("crypto_hash", Set.of("none", "md5", "sha1", "sha256", "sha384", "sha512")).orElse("");
        List<ConfSection> interfaces = new ArrayList<>();
        for (ConfSection c : s.children()) {
            if (c.name().equals("interface")) {
                interfaces.add(c);
            } else {
                problems.add(ConfigProblem.warning("totem." + c.name(), c.line(), "unknown section, ignored"));
            }
        }
        Optional<InterfaceConfig> iface = Optional.empty();
        for (ConfSection c : interfaces) {
            InterfaceConfig ic = iface(c, problems, lines);
            if (ic.ringNumber() == 0 && iface.isEmpty()) {
                iface = Optional.of(ic);
            } else {
                problems.add(ConfigProblem.warning("totem.interface.ringnumber", c.line(),
                        "only ring 0 is used; redundant rings are ignored"));
            }
        }
        String name = r.string("cluster_name", TotemConfig.DEFAULT_CLUSTER_NAME);
        return new TotemConfig(2, name, transport, token, retransmits, join, consensus, cipher, hash, iface);
    }

    private static InterfaceConfig iface(ConfSection s, List<ConfigProblem> problems, Map<String, Integer> lines) {
        ConfReader r = new ConfReader("totem.interface", s, INTERFACE_KEYS, problems, lines);
        int ring = r.integer("ringnumber", 0, 7).or(() -> r.integer("linknumber", 0, 7)).orElse(0);
        String bind = r.string("bindnetaddr", "");
        String mcast = r.string("mcastaddr", "");
        int port = r.integer("mcastport", 1, 65_535).orElse(InterfaceConfig.DEFAULT_PORT);
        int ttl = r.integer("ttl", 0, 255).orElse(1);
        return new InterfaceConfig(ring, bind, mcast, port, ttl);
    }

    private static List<NodeEntry> nodelist(Optional<ConfSection> section, List<ConfigProblem> problems,
                                            Map<String, Integer> lines) {
        if (section.isEmpty()) {
            return List.of();
        }
        ConfSection s = section.get();
        new ConfReader("nodelist", s, Set.of(), problems, lines);
        List<NodeEntry> nodes = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> addrs = new HashSet<>();
        for (ConfSection c : s.children()) {
            if (!c.name().equals("node")) {
                problems.add(ConfigProblem.warning("nodelist." + c.name(), c.line(), "unknown section, ignored"));
                continue;
            }
            ConfReader r = new ConfReader("nodelist.node", c, NODE_KEYS, problems, lines);
            Optional<String> addr = r.string("ring0_addr");
            if (addr.isEmpty()) {
                problems.add(ConfigProblem.error("nodelist.node.ring0_addr", c.line(), "node without ring0_addr"));
                continue;
            }
            String name = r.string("name", addr.get());
            // corosync 3 requires nodeid for knet; defaulting to the position keeps udpu files working.
            int id = r.integer("nodeid", 1, Integer.MAX_VALUE).orElse(nodes.size() + 1);
            if (!ids.add(id)) {
                r.error("nodeid", "duplicate nodeid " + id);
            }
            if (!names.add(name)) {
                problems.add(ConfigProblem.error("nodelist.node.name", r.line("name") == 0 ? c.line() : r.line("name"),
                        "duplicate node name '" + name + "'"));
            }
            if (!addrs.add(addr.get())) {
                r.error("ring0_addr", "duplicate ring0_addr " + addr.get());
            }
            nodes.add(new NodeEntry(addr.get(), name, id, c.line()));
        }
        return nodes;
    }

    private static QuorumConfig quorum(ConfSection s, List<ConfigProblem> problems, Map<String, Integer> lines) {
        ConfReader r = new ConfReader("quorum", s, QUORUM_KEYS, problems, lines);
        for (ConfSection c : s.children()) {
            problems.add(ConfigProblem.warning("quorum." + c.name(), c.line(), "unsupported section (no qdevice), ignored"));
        }
        if (r.bool("auto_tie_breaker", false)) {
            problems.add(ConfigProblem.warning(r.key("auto_tie_breaker"), r.line("auto_tie_breaker"),
                    "auto_tie_breaker is not supported, ignored"));
        }
        String provider = r.choice("provider", Set.of(QuorumConfig.VOTEQUORUM)).orElse(QuorumConfig.VOTEQUORUM);
        OptionalInt expected = r.integer("expected_votes", 1, 65_536).map(OptionalInt::of).orElse(OptionalInt.empty());
        boolean twoNode = r.bool("two_node", false);
        // two_node implies wait_for_all unless it is explicitly turned off (votequorum(5)).
        boolean waitForAll = r.bool("wait_for_all").orElse(twoNode);
        boolean lms = r.bool("last_man_standing", false);
        Duration window = r.integer("last_man_standing_window", 1, 3_600_000).map(Duration::ofMillis)
                .orElse(QuorumConfig.DEFAULT_LMS_WINDOW);
        return new QuorumConfig(provider, expected, twoNode, waitForAll, lms, window);
    }

    private static LoggingConfig logging(ConfSection s, List<ConfigProblem> problems, Map<String, Integer> lines) {
        ConfReader r = new ConfReader("logging", s, LOGGING_KEYS, problems, lines);
        for (ConfSection c : s.children()) {
            if (c.name().equals("logger_subsys")) {
                new ConfReader("logging.logger_subsys", c, SUBSYS_KEYS, problems, lines).bool("debug");
            } else {
                problems.add(ConfigProblem.warning("logging." + c.name(), c.line(), "unknown section, ignored"));
            }
        }
        boolean timestamp = r.choice("timestamp", Set.of("on", "off", "hires", "yes", "no"))
                .map(v -> !v.equals("off") && !v.equals("no")).orElse(false);
        boolean debug = r.choice("debug", Set.of("on", "off", "trace", "yes", "no"))
                .map(v -> !v.equals("off") && !v.equals("no")).orElse(false);
        r.bool("fileline");
        return new LoggingConfig(r.bool("to_logfile", false), r.string("logfile"), r.bool("to_syslog", true),
                r.bool("to_stderr", false), timestamp, debug);
    }
}
