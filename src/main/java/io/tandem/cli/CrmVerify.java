package io.tandem.cli;

import io.tandem.cib.CibException;
import io.tandem.cib.CibProblem;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code crm_verify}: checks a CIB and reports every problem with the element id and what is wrong.
 * Exit 0 when valid (warnings allowed), 78 (CRM_EX_CONFIG) when not, 65 when the XML is unreadable.
 */
public final class CrmVerify implements Tool {

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value('x', "xml-file", "check the CIB in this file"),
            OptionSpec.value('X', "xml-text", "check the CIB in this string"),
            OptionSpec.flag('p', "xml-pipe", "check the CIB read from standard input"),
            OptionSpec.flag('L', "live-check", "check the running CIB (with CIB_file: that file)"),
            OptionSpec.flag('V', "verbose", "more detail"),
            OptionSpec.flag('h', "help", "show this help"));

    private final CibCheck check;

    public CrmVerify(CibCheck check) {
        this.check = check;
    }

    @Override
    public int run(List<String> args, ToolContext ctx) {
        try {
            ParsedArgs a = ParsedArgs.parse(args, OPTIONS);
            if (a.has("help")) {
                ctx.out().print(ParsedArgs.help("crm_verify {-L|-x FILE|-X TEXT|-p} [-V]", OPTIONS));
                return ExitCode.OK;
            }
            if (!a.positional().isEmpty()) {
                throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
            }
            XmlElement cib = load(a, ctx);
            List<CibProblem> findings = check.check(cib);
            findings.forEach(f -> ctx.err().println(f));
            boolean errors = findings.stream().anyMatch(CibProblem::isError);
            if (errors) {
                ctx.err().println("Errors found during check: config not valid");
            } else if (!findings.isEmpty()) {
                ctx.err().println("Warnings found during check: config may not be valid");
            } else if (a.has("verbose")) {
                ctx.err().println("Configuration is valid");
            }
            if (!findings.isEmpty() && !a.has("verbose")) {
                ctx.err().println("  -V may provide more details");
            }
            return errors ? ExitCode.CONFIG : ExitCode.OK;
        } catch (UsageException e) {
            ctx.fail(ExitCode.USAGE, e.getMessage());
            ctx.err().println("Try 'crm_verify --help'.");
            return ExitCode.USAGE;
        } catch (ToolFailure e) {
            return ctx.fail(e.exitCode(), e.getMessage());
        }
    }

    private static XmlElement load(ParsedArgs a, ToolContext ctx) {
        int sources = (a.has("xml-file") ? 1 : 0) + (a.has("xml-text") ? 1 : 0) + (a.has("xml-pipe") ? 1 : 0)
                + (a.has("live-check") ? 1 : 0);
        if (sources != 1) {
            throw new UsageException("give exactly one of -L/--live-check, -x/--xml-file, -X/--xml-text, -p/--xml-pipe");
        }
        if (a.has("xml-file")) {
            return new OfflineCib(ctx.path(a.value("xml-file").orElseThrow())).read();
        }
        if (a.has("live-check")) {
            String file = ctx.env(OfflineCib.ENV).orElseThrow(() -> new ToolFailure(ExitCode.NOT_CONNECTED,
                    "not connected to a running node (live mode comes later); set CIB_file=PATH or use -x FILE"));
            return new OfflineCib(ctx.path(file)).read();
        }
        String source = a.has("xml-text") ? "--xml-text" : "standard input";
        try {
            byte[] bytes = a.has("xml-text") ? a.value("xml-text").orElseThrow().getBytes(StandardCharsets.UTF_8)
                    : ctx.in().readNBytes(CibXml.MAX_BYTES + 1);
            return CibXml.parse(bytes);
        } catch (IOException e) {
            throw new ToolFailure(ExitCode.IOERR, "cannot read " + source + ": " + e.getMessage());
        } catch (CibException e) {
            throw new ToolFailure(ExitCode.DATAERR, source + ": " + e.getMessage());
        }
    }
}
