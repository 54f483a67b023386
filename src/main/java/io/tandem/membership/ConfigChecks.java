package io.tandem.membership;

import java.util.List;

/** Checks across sections: configurations that parse but cannot work. */
final class ConfigChecks {
    private ConfigChecks() {
    }

    static void check(ClusterConfig c, List<ConfigProblem> problems) {
        TotemConfig t = c.totem();
        if (t.transport().unicast() && c.nodes().isEmpty()) {
            problems.add(ConfigProblem.error("totem.transport", c.lineOf("totem.transport"),
                    "transport " + t.transport().name().toLowerCase() + " needs a nodelist"));
        }
        if (!t.transport().unicast()) {
            if (t.iface().isEmpty()) {
                problems.add(ConfigProblem.error("totem.interface", 0,
                        "multicast (transport udp) needs an interface section with bindnetaddr and mcastaddr"));
            } else {
                if (t.iface().get().mcastAddr().isEmpty()) {
                    problems.add(ConfigProblem.error("totem.interface.mcastaddr", 0, "missing mcastaddr"));
                }
                if (t.iface().get().bindNetAddr().isEmpty()) {
                    problems.add(ConfigProblem.error("totem.interface.bindnetaddr", 0, "missing bindnetaddr"));
                }
            }
        }
        if (t.consensus().compareTo(t.token()) < 0) {
            problems.add(ConfigProblem.error("totem.consensus", c.lineOf("totem.consensus"),
                    "consensus (" + t.consensus().toMillis() + " ms) must not be shorter than token ("
                            + t.token().toMillis() + " ms)"));
        }
        QuorumConfig q = c.quorum();
        if (q.twoNode()) {
            int line = c.lineOf("quorum.two_node");
            if (!c.nodes().isEmpty() && c.nodes().size() != 2) {
                problems.add(ConfigProblem.error("quorum.two_node", line,
                        "two_node needs exactly 2 nodes, the nodelist has " + c.nodes().size()));
            }
            if (q.expectedVotes().isPresent() && q.expectedVotes().getAsInt() != 2) {
                problems.add(ConfigProblem.error("quorum.two_node", line,
                        "two_node needs expected_votes: 2, found " + q.expectedVotes().getAsInt()));
            }
            if (c.nodes().isEmpty() && q.expectedVotes().isEmpty()) {
                problems.add(ConfigProblem.error("quorum.two_node", line,
                        "two_node needs a nodelist of 2 nodes or expected_votes: 2"));
            }
        }
        if (q.expectedVotes().isEmpty() && c.nodes().isEmpty()) {
            problems.add(ConfigProblem.warning("quorum.expected_votes", 0, "no nodelist and no expected_votes: assuming "
                    + Votequorum.DEFAULT_EXPECTED_VOTES + " (it grows with the largest membership seen)"));
        }
    }
}
