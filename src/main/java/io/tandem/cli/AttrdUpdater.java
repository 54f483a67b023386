package io.tandem.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code attrd_updater}, as Pacemaker 2.1 has it: update ({@code -U/-v}), update value and delay
 * ({@code -B}), delay only ({@code -Y}), delete ({@code -D}) and query ({@code -Q}, {@code -A}) one node
 * attribute, through the local node's attrd. Agents such as ocf:pacemaker:ping call it.
 */
public final class AttrdUpdater implements Tool {

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value('n', "name", "the attribute's name"),
            OptionSpec.value('U', "update", "update the attribute's value"),
            OptionSpec.value('v', "value", "the same as -U"),
            OptionSpec.value('B', "update-both", "update the value and the dampening delay (-d)"),
            OptionSpec.flag('Y', "update-delay", "update only the dampening delay (-d)"),
            OptionSpec.flag('D', "delete", "delete the attribute"),
            OptionSpec.flag('Q', "query", "print the attribute's value"),
            OptionSpec.flag('R', "refresh", "accepted for compatibility (values are always replicated)"),
            OptionSpec.value('N', "node", "the node (default: this node)"),
            OptionSpec.flag('A', "all", "with -Q: the value on every node"),
            OptionSpec.value('d', "delay", "dampening delay (5s, 500ms, 5)"),
            OptionSpec.value('l', "lifetime", "reboot (transient, the default) or forever"),
            OptionSpec.flag('p', "private", "accepted; private attributes are not supported and are stored normally"),
            OptionSpec.value('s', "set", "accepted for compatibility"),
            OptionSpec.flag('q', "quiet", "print only the value with -Q"),
            OptionSpec.flag('V', "verbose", "more detail"),
            OptionSpec.flag('h', "help", "show this help"));

    private final ClientFactory clients;

    public AttrdUpdater(ClientFactory clients) {
        this.clients = clients;
    }

    @Override
    public int run(List<String> args, ToolContext ctx) {
        try {
            ParsedArgs a = ParsedArgs.parse(args, OPTIONS);
            if (a.has("help")) {
                ctx.out().print(ParsedArgs.help("attrd_updater -n NAME {-U VALUE|-B VALUE|-Y|-D|-Q} [options]", OPTIONS));
                return ExitCode.OK;
            }
            if (!a.positional().isEmpty()) {
                throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
            }
            String name = a.value("name").orElseThrow(() -> new UsageException("-n/--name is required"));
            int commands = (a.has("update") || a.has("value") ? 1 : 0) + (a.has("update-both") ? 1 : 0)
                    + (a.has("update-delay") ? 1 : 0) + (a.has("delete") ? 1 : 0) + (a.has("query") ? 1 : 0)
                    + (a.has("refresh") ? 1 : 0);
            if (commands != 1) {
                throw new UsageException("give exactly one of -U/-v, -B, -Y, -D, -Q, -R");
            }
            if (a.has("refresh")) {
                return ExitCode.OK;
            }
            NodeClient node = clients.connect(ctx);
            if (a.has("query")) {
                return query(node, name, a, ctx);
            }
            Map<String, String> p = new LinkedHashMap<>();
            p.put("name", name);
            a.value("node").ifPresent(n -> p.put("node", n));
            a.value("lifetime").ifPresent(l -> p.put("lifetime", l));
            Optional<String> value = a.value("update").or(() -> a.value("value")).or(() -> a.value("update-both"));
            if (a.has("update-delay") || a.has("update-both")) {
                p.put("dampen", a.value("delay").orElseThrow(() -> new UsageException(
                        (a.has("update-delay") ? "-Y" : "-B") + " needs -d/--delay")));
            } else {
                a.value("delay").ifPresent(d -> p.put("dampen", d));
            }
            value.ifPresent(v -> p.put("value", v));
            if (a.has("delete")) {
                p.put("delete", "true");
            }
            NodeClient.Response r = node.post("/api/v1/attributes", p, null);
            if (!r.ok()) {
                return ctx.fail(r.status() == 400 ? ExitCode.INVALID_PARAM : ExitCode.ERROR,
                        "could not update " + name + ": " + r.message());
            }
            return ExitCode.OK;
        } catch (UsageException e) {
            ctx.fail(ExitCode.USAGE, e.getMessage());
            ctx.err().println("Try 'attrd_updater --help'.");
            return ExitCode.USAGE;
        } catch (ToolFailure e) {
            return ctx.fail(e.exitCode(), e.getMessage());
        }
    }

    private static int query(NodeClient node, String name, ParsedArgs a, ToolContext ctx) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", name);
        if (a.has("all")) {
            p.put("all", "true");
        } else {
            a.value("node").ifPresent(n -> p.put("node", n));
        }
        NodeClient.Response r = node.get("/api/v1/attributes", p);
        if (r.status() == 404) {
            return ctx.fail(ExitCode.NOSUCH, "Could not query value of " + name + ": attribute does not exist");
        }
        if (!r.ok()) {
            return ctx.fail(ExitCode.ERROR, "Could not query value of " + name + ": " + r.message());
        }
        if (a.has("quiet")) {
            for (String line : r.body().split("\n")) {
                int v = line.indexOf(" value=\"");
                if (v >= 0) {
                    ctx.out().println(line.substring(v + 8, line.length() - 1));
                }
            }
        } else {
            ctx.out().print(r.body());
        }
        return ExitCode.OK;
    }
}
