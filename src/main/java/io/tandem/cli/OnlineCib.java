package io.tandem.cli;

import io.tandem.cib.CibVersion;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.util.Map;
import java.util.Optional;

/**
 * cibadmin against the running node. A whole {@code <cib>} replaces the configuration unless its version
 * is older than the node's (then it is refused, as Pacemaker refuses an update older than the current
 * one); a section replaces just that section.
 */
record OnlineCib(NodeClient node) {

    int query(Optional<String> scope, ToolContext ctx) {
        NodeClient.Response r = node.get("/api/v1/cib", scope.map(s -> Map.of("scope", s)).orElse(Map.of()));
        if (r.status() == 404) {
            return ctx.fail(ExitCode.NOSUCH, "Call cib_query failed (-6): No such device or address: " + r.message());
        }
        if (!r.ok()) {
            return ctx.fail(ExitCode.ERROR, "Call cib_query failed: " + r.message());
        }
        ctx.out().print(r.body());
        return ExitCode.OK;
    }

    int replace(Optional<String> scope, XmlElement input, ToolContext ctx) {
        String section = scope.orElse(input.name());
        if (!input.name().equals(section)) {
            return ctx.fail(ExitCode.DATAERR, "the XML's root <" + input.name() + "> does not match --scope " + section);
        }
        XmlElement body = input;
        if (section.equals("cib")) {
            NodeClient.Response now = node.get("/api/v1/cib", Map.of());
            if (!now.ok()) {
                return ctx.fail(ExitCode.ERROR, "Call cib_replace failed: " + now.message());
            }
            if (version(input).compareTo(version(CibXml.parse(now.body()))) < 0) {
                return ctx.fail(ExitCode.OLD, "Call cib_replace failed (-205): Update was older than existing"
                        + " configuration: " + version(input) + " < " + version(CibXml.parse(now.body())));
            }
            section = "configuration";
            body = input.child("configuration").orElseThrow(() -> new ToolFailure(ExitCode.DATAERR,
                    "the <cib> has no <configuration>"));
        }
        NodeClient.Response r = node.post("/api/v1/cib/" + section, Map.of(), CibXml.write(body));
        if (r.ok()) {
            return ExitCode.OK;
        }
        int code = switch (r.status()) {
            case 400 -> ExitCode.CONFIG;
            case 409 -> ExitCode.OLD;
            default -> ExitCode.ERROR;
        };
        return ctx.fail(code, "Call cib_replace failed: " + r.message());
    }

    private static CibVersion version(XmlElement cib) {
        try {
            return new CibVersion(Long.parseLong(cib.attr("admin_epoch", "0")), Long.parseLong(cib.attr("epoch", "0")),
                    Long.parseLong(cib.attr("num_updates", "0")));
        } catch (NumberFormatException e) {
            throw new ToolFailure(ExitCode.DATAERR, "the <cib>'s version attributes are not numbers");
        }
    }
}
