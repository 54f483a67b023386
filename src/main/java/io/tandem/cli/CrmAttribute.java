package io.tandem.cli;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code crm_attribute}: node attributes ({@code -N NODE -n NAME}, transient with {@code -l reboot},
 * permanent with {@code -l forever}), promotion scores ({@code -p [RSC]}: the transient
 * {@code master-RSC} of this node, as promotable agents set it) and cluster properties
 * ({@code -t crm_config}). Query with {@code -G}, set with {@code -v}, delete with {@code -D}.
 */
public final class CrmAttribute implements Tool {

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value('n', "name", "the attribute's name"),
            OptionSpec.value('v', "update", "set the attribute to this value"),
            OptionSpec.flag('G', "query", "print the attribute's value"),
            OptionSpec.flag('D', "delete", "delete the attribute"),
            OptionSpec.value('N', "node", "the node (default: this node, for node attributes)"),
            OptionSpec.value('U', "node-uname", "the same as -N"),
            OptionSpec.value('l', "lifetime", "reboot (transient, status) or forever (permanent, nodes)"),
            OptionSpec.value('t', "type", "crm_config, nodes, status (also forever, reboot)"),
            OptionSpec.value('p', "promotion", "the promotion score of RESOURCE (default $OCF_RESOURCE_INSTANCE)"),
            OptionSpec.value('d', "default", "with -G: print this when the attribute is not set"),
            OptionSpec.flag('q', "quiet", "with -G: print only the value"),
            OptionSpec.value('s', "set-name", "accepted for compatibility"),
            OptionSpec.value('i', "id", "accepted for compatibility"),
            OptionSpec.flag('V', "verbose", "more detail"),
            OptionSpec.flag('h', "help", "show this help"));

    private static final int ATTEMPTS = 10;
    private final ClientFactory clients;

    public CrmAttribute(ClientFactory clients) {
        this.clients = clients;
    }

    private enum Scope { CRM_CONFIG, NODES, STATUS }

    @Override
    public int run(List<String> args, ToolContext ctx) {
        try {
            ParsedArgs a = ParsedArgs.parse(promotionValue(args, ctx), OPTIONS);
            if (a.has("help")) {
                ctx.out().print(ParsedArgs.help("crm_attribute -n NAME {-v VALUE|-G|-D} [-N NODE] [-l LIFETIME]"
                        + " [-t TYPE] | -p [RSC] ...", OPTIONS));
                return ExitCode.OK;
            }
            if (!a.positional().isEmpty()) {
                throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
            }
            int commands = (a.has("update") ? 1 : 0) + (a.has("delete") ? 1 : 0) + (a.has("query") ? 1 : 0);
            if (commands > 1) {
                throw new UsageException("give at most one of -v, -G, -D");
            }
            Optional<String> promotion = a.value("promotion");
            String name = promotion.map(r -> "master-" + r).or(() -> a.value("name"))
                    .orElseThrow(() -> new UsageException("-n/--name (or -p) is required"));
            Scope scope = scope(a, promotion.isPresent());
            NodeClient node = clients.connect(ctx);
            if (scope == Scope.CRM_CONFIG) {
                if (a.has("update") || a.has("delete")) {
                    return setProperty(node, name, a.has("delete") ? Optional.empty() : a.value("update"), ctx);
                }
                return print(ctx, a, "crm_config", name, property(node, name));
            }
            String host = a.value("node").or(() -> a.value("node-uname"))
                    .orElseGet(() -> CrmNode.info(node).get("node"));
            String lifetime = scope == Scope.STATUS ? "reboot" : "forever";
            String scopeName = scope == Scope.STATUS ? "status" : "nodes";
            if (a.has("update") || a.has("delete")) {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("name", name);
                p.put("node", host);
                p.put("lifetime", lifetime);
                a.value("update").ifPresentOrElse(v -> p.put("value", v), () -> p.put("delete", "true"));
                NodeClient.Response r = node.post("/api/v1/attributes", p, null);
                if (!r.ok()) {
                    return ctx.fail(r.status() == 400 ? ExitCode.INVALID_PARAM : ExitCode.ERROR,
                            "Error performing operation: " + r.message());
                }
                return ExitCode.OK;
            }
            return print(ctx, a, scopeName, name, nodeValue(node, name, host, scope));
        } catch (UsageException e) {
            ctx.fail(ExitCode.USAGE, e.getMessage());
            ctx.err().println("Try 'crm_attribute --help'.");
            return ExitCode.USAGE;
        } catch (ToolFailure e) {
            return ctx.fail(e.exitCode(), e.getMessage());
        }
    }

    /** {@code -p} takes an optional value: without one, the agent's own resource. */
    private static List<String> promotionValue(List<String> args, ToolContext ctx) {
        List<String> out = new ArrayList<>(args);
        for (int i = 0; i < out.size(); i++) {
            String a = out.get(i);
            if ((a.equals("-p") || a.equals("--promotion"))
                    && (i + 1 >= out.size() || out.get(i + 1).startsWith("-"))) {
                String rsc = ctx.env("OCF_RESOURCE_INSTANCE").orElseThrow(() -> new UsageException(
                        "-p needs a resource name when OCF_RESOURCE_INSTANCE is not set"));
                out.add(i + 1, rsc.contains(":") ? rsc.substring(0, rsc.indexOf(':')) : rsc);
            }
        }
        return out;
    }

    private static Scope scope(ParsedArgs a, boolean promotion) {
        Optional<String> type = a.value("type");
        Optional<String> lifetime = a.value("lifetime");
        if (type.isPresent()) {
            return switch (type.get()) {
                case "crm_config" -> Scope.CRM_CONFIG;
                case "nodes", "forever" -> Scope.NODES;
                case "status", "reboot" -> Scope.STATUS;
                default -> throw new UsageException("unsupported --type '" + type.get()
                        + "'; use crm_config, nodes or status");
            };
        }
        if (promotion) {
            return Scope.STATUS;
        }
        if (lifetime.isPresent()) {
            return switch (lifetime.get()) {
                case "reboot", "transient", "status" -> Scope.STATUS;
                case "forever", "permanent", "nodes" -> Scope.NODES;
                default -> throw new UsageException("unknown --lifetime '" + lifetime.get() + "'; use reboot or forever");
            };
        }
        return a.has("node") || a.has("node-uname") ? Scope.NODES : Scope.CRM_CONFIG;
    }

    private static int print(ToolContext ctx, ParsedArgs a, String scope, String name, Optional<String> value) {
        Optional<String> shown = value.or(() -> a.value("default"));
        if (shown.isEmpty()) {
            if (!a.has("quiet")) {
                ctx.out().println("scope=" + scope + "  name=" + name + " value=(null)");
            }
            return ctx.fail(ExitCode.NOSUCH, "Error performing operation: No such device or address");
        }
        ctx.out().println(a.has("quiet") ? shown.get() : "scope=" + scope + "  name=" + name + " value=" + shown.get());
        return ExitCode.OK;
    }

    private static Optional<String> nodeValue(NodeClient node, String name, String host, Scope scope) {
        NodeClient.Response r = node.get("/api/v1/attributes", Map.of("name", name, "node", host));
        if (r.ok()) {
            int v = r.body().indexOf(" value=\"");
            return Optional.of(r.body().strip().substring(v + 8, r.body().strip().length() - 1));
        }
        if (r.status() != 404) {
            throw new ToolFailure(ExitCode.ERROR, "Error performing operation: " + r.message());
        }
        if (scope == Scope.NODES) {
            // Permanent attributes may have been set in the configuration directly, not through attrd.
            NodeClient.Response cib = node.get("/api/v1/cib", Map.of("scope", "nodes"));
            if (cib.ok()) {
                for (XmlElement n : CibXml.parse(cib.body()).children("node")) {
                    if (host.equals(n.attr("uname"))) {
                        return CrmConfigEdit.value(n, name);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> property(NodeClient node, String name) {
        NodeClient.Response r = node.get("/api/v1/cib", Map.of("scope", "crm_config"));
        if (r.status() == 404) {
            return Optional.empty();
        }
        if (!r.ok()) {
            throw new ToolFailure(ExitCode.ERROR, "Error performing operation: " + r.message());
        }
        return CrmConfigEdit.value(CibXml.parse(r.body()), name);
    }

    /** Read, edit, write against the version read; another writer in between means: read again. */
    private static int setProperty(NodeClient node, String name, Optional<String> value, ToolContext ctx) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            NodeClient.Response r = node.get("/api/v1/cib", Map.of());
            if (!r.ok()) {
                return ctx.fail(ExitCode.ERROR, "Error performing operation: " + r.message());
            }
            XmlElement cib = CibXml.parse(r.body());
            String version = cib.attr("admin_epoch", "0") + ":" + cib.attr("epoch", "0") + ":"
                    + cib.attr("num_updates", "0");
            XmlElement crmConfig = cib.child("configuration").flatMap(c -> c.child("crm_config"))
                    .orElse(XmlElement.of("crm_config"));
            XmlElement edited = CrmConfigEdit.set(crmConfig, name, value);
            NodeClient.Response w = node.post("/api/v1/cib/crm_config", Map.of("version", version), CibXml.write(edited));
            if (w.ok()) {
                return ExitCode.OK;
            }
            if (w.status() != 409) {
                return ctx.fail(w.status() == 400 ? ExitCode.INVALID_PARAM : ExitCode.ERROR,
                        "Error performing operation: " + w.message());
            }
        }
        return ctx.fail(ExitCode.ERROR, "Error performing operation: the CIB kept changing; try again");
    }
}
