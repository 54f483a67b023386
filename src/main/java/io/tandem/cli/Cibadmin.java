package io.tandem.cli;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.cib.CibProblem;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code cibadmin}: query, replace and create a CIB. Offline (CIB_file) for now; the live node
 * connection comes with the api package.
 */
public final class Cibadmin implements Tool {

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.flag('Q', "query", "print the CIB (or the --scope section)"),
            OptionSpec.flag('R', "replace", "replace the CIB (or the --scope section) with the given XML"),
            OptionSpec.flag('a', "empty", "print an empty CIB"),
            OptionSpec.value('x', "xml-file", "read the XML from this file"),
            OptionSpec.value('X', "xml-text", "take the XML from this string"),
            OptionSpec.flag('p', "xml-pipe", "read the XML from standard input"),
            OptionSpec.value('o', "scope", "limit to one section: configuration, nodes, resources, constraints, "
                    + "crm_config, rsc_defaults, op_defaults, acls, fencing-topology, tags, alerts, status"),
            OptionSpec.flag('l', "local", "accepted for compatibility; offline work is always local"),
            OptionSpec.flag('s', "sync-call", "accepted for compatibility"),
            OptionSpec.flag('V', "verbose", "more detail"),
            OptionSpec.flag('h', "help", "show this help"));

    private final CibCheck check;

    public Cibadmin(CibCheck check) {
        this.check = check;
    }

    @Override
    public int run(List<String> args, ToolContext ctx) {
        try {
            ParsedArgs a = ParsedArgs.parse(args, OPTIONS);
            if (a.has("help")) {
                ctx.out().print(ParsedArgs.help("cibadmin {-Q|-R|--empty} [options]", OPTIONS));
                return ExitCode.OK;
            }
            if (!a.positional().isEmpty()) {
                throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
            }
            int commands = (a.has("query") ? 1 : 0) + (a.has("replace") ? 1 : 0) + (a.has("empty") ? 1 : 0);
            if (commands != 1) {
                throw new UsageException("give exactly one of -Q/--query, -R/--replace, -a/--empty");
            }
            if (a.has("empty")) {
                ctx.out().print(Cib.empty().toXmlString());
                return ExitCode.OK;
            }
            Optional<String> scope = a.value("scope");
            scope.ifPresent(CibSections::requireKnown);
            String file = ctx.env(OfflineCib.ENV).orElseThrow(() -> new ToolFailure(ExitCode.NOT_CONNECTED,
                    "not connected to a running node (live mode comes later); set CIB_file=PATH to work on a CIB file"));
            OfflineCib cib = new OfflineCib(ctx.path(file));
            return a.has("query") ? query(cib, scope, ctx) : replace(cib, scope, input(a, ctx), ctx);
        } catch (UsageException e) {
            ctx.fail(ExitCode.USAGE, e.getMessage());
            ctx.err().println("Try 'cibadmin --help'.");
            return ExitCode.USAGE;
        } catch (ToolFailure e) {
            return ctx.fail(e.exitCode(), e.getMessage());
        }
    }

    private static int query(OfflineCib cib, Optional<String> scope, ToolContext ctx) {
        XmlElement root = cib.read();
        XmlElement out = scope.isPresent() ? CibSections.find(root, scope.get()).orElseThrow(
                () -> new ToolFailure(ExitCode.NOSUCH, "section <" + scope.get() + "> not found in " + cib.file()))
                : root;
        ctx.out().print(CibXml.write(out));
        return ExitCode.OK;
    }

    private int replace(OfflineCib cib, Optional<String> scope, XmlElement input, ToolContext ctx) {
        XmlElement current = cib.read();
        String section = scope.orElse(input.name());
        if (!input.name().equals(section)) {
            throw new ToolFailure(ExitCode.DATAERR, "the XML's root <" + input.name()
                    + "> does not match --scope " + section);
        }
        XmlElement proposed = section.equals("cib") ? input : CibSections.replace(current, input);
        List<CibProblem> errors = new ArrayList<>(check.check(proposed));
        errors.removeIf(p -> !p.isError());
        if (!errors.isEmpty()) {
            errors.forEach(p -> ctx.err().println("cibadmin: " + p));
            return ctx.fail(ExitCode.CONFIG, "CIB not replaced: the result would not be valid ("
                    + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ")");
        }
        Cib now;
        try {
            now = Cib.fromXml(current);
        } catch (CibException e) {
            return ctx.fail(ExitCode.DATAERR, cib.file() + ": " + e.getMessage());
        }
        Cib next = Cib.fromXml(proposed);
        int order = next.version().compareTo(now.version());
        if (order < 0) {
            return ctx.fail(ExitCode.OLD, "CIB not replaced: its version " + next.version()
                    + " is older than the current " + now.version());
        }
        // a newer version was set by its writer (a peer's copy, a restore) and stands; an equal one is an
        // edit, and gets Pacemaker's bump
        cib.write((order > 0 ? next : now.bumpedFor(next)).toXml());
        return ExitCode.OK;
    }

    private static XmlElement input(ParsedArgs a, ToolContext ctx) {
        int sources = (a.has("xml-file") ? 1 : 0) + (a.has("xml-text") ? 1 : 0) + (a.has("xml-pipe") ? 1 : 0);
        if (sources != 1) {
            throw new UsageException("--replace needs exactly one of -x/--xml-file, -X/--xml-text, -p/--xml-pipe");
        }
        if (a.has("xml-file")) {
            return new OfflineCib(ctx.path(a.value("xml-file").orElseThrow())).read();
        }
        try {
            byte[] bytes = a.has("xml-text") ? a.value("xml-text").orElseThrow().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8) : ctx.in().readNBytes(CibXml.MAX_BYTES + 1);
            return CibXml.parse(bytes);
        } catch (IOException e) {
            throw new ToolFailure(ExitCode.IOERR, "cannot read standard input: " + e.getMessage());
        } catch (CibException e) {
            throw new ToolFailure(ExitCode.DATAERR, (a.has("xml-text") ? "--xml-text" : "standard input")
                    + ": " + e.getMessage());
        }
    }
}
