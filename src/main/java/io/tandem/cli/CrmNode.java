package io.tandem.cli;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code crm_node}: this node's name ({@code -n}) and id ({@code -i}), the cluster's nodes ({@code -l},
 * as "ID NAME member|lost"), quorum ({@code -q}: 1 or 0) and this partition ({@code -p}).
 */
public final class CrmNode implements Tool {

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.flag('n', "name", "print this node's name"),
            OptionSpec.flag('i', "cluster-id", "print this node's cluster id"),
            OptionSpec.flag('l', "list", "list the cluster's nodes: ID NAME STATE"),
            OptionSpec.flag('q', "quorum", "print 1 if this partition has quorum, else 0"),
            OptionSpec.flag('p', "partition", "print the members of this partition"),
            OptionSpec.flag('V', "verbose", "more detail"),
            OptionSpec.flag('h', "help", "show this help"));

    private final ClientFactory clients;

    public CrmNode(ClientFactory clients) {
        this.clients = clients;
    }

    @Override
    public int run(List<String> args, ToolContext ctx) {
        try {
            ParsedArgs a = ParsedArgs.parse(args, OPTIONS);
            if (a.has("help")) {
                ctx.out().print(ParsedArgs.help("crm_node {-n|-i|-l|-q|-p}", OPTIONS));
                return ExitCode.OK;
            }
            List<String> commands = OPTIONS.stream().map(OptionSpec::longName)
                    .filter(n -> !n.equals("verbose") && !n.equals("help")).filter(a::has).toList();
            if (commands.size() != 1 || !a.positional().isEmpty()) {
                throw new UsageException("give exactly one of -n, -i, -l, -q, -p");
            }
            NodeClient node = clients.connect(ctx);
            Map<String, String> info = info(node);
            switch (commands.get(0)) {
                case "name" -> ctx.out().println(info.get("node"));
                case "cluster-id" -> ctx.out().println(info.get("id"));
                case "quorum" -> ctx.out().println(info.get("quorate"));
                case "partition" -> ctx.out().println(String.join(" ", members(info).values()));
                default -> list(node, info, ctx);
            }
            return ExitCode.OK;
        } catch (UsageException e) {
            ctx.fail(ExitCode.USAGE, e.getMessage());
            ctx.err().println("Try 'crm_node --help'.");
            return ExitCode.USAGE;
        } catch (ToolFailure e) {
            return ctx.fail(e.exitCode(), e.getMessage());
        }
    }

    /** Members first (they are in the view), then configured nodes that are not, as "lost". */
    private static void list(NodeClient node, Map<String, String> info, ToolContext ctx) {
        Map<String, String> members = members(info);
        List<String> lines = new ArrayList<>();
        members.forEach((id, name) -> lines.add(id + " " + name + " member"));
        NodeClient.Response r = node.get("/api/v1/cib", Map.of("scope", "nodes"));
        if (r.ok()) {
            XmlElement nodes = CibXml.parse(r.body());
            for (XmlElement n : nodes.children("node")) {
                String uname = n.attr("uname");
                if (uname != null && !members.containsValue(uname)) {
                    lines.add(n.attr("id", "0") + " " + uname + " lost");
                }
            }
        }
        lines.forEach(ctx.out()::println);
    }

    static Map<String, String> info(NodeClient node) {
        NodeClient.Response r = node.get("/api/v1/node", Map.of());
        if (!r.ok()) {
            throw new ToolFailure(ExitCode.ERROR, "the node did not answer: " + r.message());
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : r.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    /** id to name, coordinator first. */
    private static Map<String, String> members(Map<String, String> info) {
        Map<String, String> out = new LinkedHashMap<>();
        String list = info.getOrDefault("members", "");
        for (String m : list.isEmpty() ? new String[0] : list.split(",")) {
            int colon = m.indexOf(':');
            out.put(m.substring(0, colon), m.substring(colon + 1));
        }
        return out;
    }
}
