package io.tandem.cli;

import io.tandem.cib.Cib;
import io.tandem.crm.mon.ClusterView;
import io.tandem.crm.mon.ClusterViews;
import io.tandem.crm.mon.MonOptions;
import io.tandem.crm.mon.MonText;
import io.tandem.crm.mon.MonXml;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code crm_mon}: the cluster's status in Pacemaker 2.1.5's layout. With {@code -1} (or XML output) it
 * prints once; otherwise it redraws the terminal every {@code -i} seconds and as soon as the CIB
 * changes, until interrupted.
 */
public final class CrmMon implements Tool {

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.flag('1', "one-shot", "display the cluster status once and exit"),
            OptionSpec.flag('A', "show-node-attributes", "display node attributes"),
            OptionSpec.flag('f', "failcounts", "display resource fail counts"),
            OptionSpec.flag('r', "inactive", "display inactive resources"),
            OptionSpec.flag('R', "show-detail", "show more details (node IDs, individual clone instances)"),
            OptionSpec.flag('n', "group-by-node", "group resources by node"),
            OptionSpec.flag('L', "neg-locations", "display negative location constraints"),
            OptionSpec.value((char) 0, "neg-locations-prefix", "only constraints whose id starts with this"),
            OptionSpec.value('i', "interval", "update frequency in seconds (default 5)"),
            OptionSpec.value((char) 0, "output-as", "output format: text (default) or xml"),
            OptionSpec.flag('X', "as-xml", "write the status as XML (deprecated; --output-as=xml)"),
            OptionSpec.flag('N', "disable-ncurses", "accepted for compatibility"),
            OptionSpec.flag('V', "verbose", "accepted for compatibility"),
            OptionSpec.flag('Q', "quiet", "accepted for compatibility"),
            OptionSpec.flag('?', "help", "show this help"));

    /** How the refresh loop waits; a test passes one that advances a fake clock. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    static final Duration POLL = Duration.ofMillis(200);
    static final String CLEAR = "\033[H\033[2J";

    private final InstantSource clock;
    private final ZoneId zone;
    private final CibSource live;
    private final Pause pause;
    private final Function<Path, CibSource> files;

    /** @param live where the CIB comes from without CIB_file (the node's API) */
    public CrmMon(InstantSource clock, ZoneId zone, CibSource live, Pause pause) {
        this(clock, zone, live, pause, CrmMonFileSource::new);
    }

    CrmMon(InstantSource clock, ZoneId zone, CibSource live, Pause pause, Function<Path, CibSource> files) {
        this.clock = clock;
        this.zone = zone;
        this.live = live;
        this.pause = pause;
        this.files = files;
    }

    @Override
    public int run(List<String> args, ToolContext ctx) {
        try {
            ParsedArgs a = ParsedArgs.parse(args, OPTIONS);
            if (a.has("help")) {
                ctx.out().print(ParsedArgs.help("crm_mon [options]", OPTIONS));
                return ExitCode.OK;
            }
            if (!a.positional().isEmpty()) {
                throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
            }
            String format = a.has("as-xml") ? "xml" : a.value("output-as").orElse("text");
            if (!List.of("text", "xml", "console").contains(format)) {
                throw new UsageException("unsupported output format '" + format + "' (text or xml)");
            }
            MonOptions opts = new MonOptions(a.has("inactive"), a.has("show-detail"), a.has("show-node-attributes"),
                    a.has("failcounts"), a.has("neg-locations") || a.has("neg-locations-prefix")
                            ? Optional.of(a.value("neg-locations-prefix").orElse(""))
                            : Optional.empty(), a.has("group-by-node"));
            Duration interval = interval(a.value("interval").orElse("5"));
            CibSource source = ctx.env(OfflineCib.ENV).map(f -> files.apply(ctx.path(f))).orElse(live);
            Function<Cib, String> render = format.equals("xml")
                    ? cib -> MonXml.render(ClusterViews.build(cib, clock.instant()), opts, zone, request(args))
                    : cib -> MonText.render(ClusterViews.build(cib, clock.instant()), opts, zone);
            if (a.has("one-shot") || format.equals("xml")) {
                ctx.out().print(render.apply(source.fetch()));
                return ExitCode.OK;
            }
            return refresh(source, render, interval, ctx);
        } catch (UsageException e) {
            ctx.fail(ExitCode.USAGE, e.getMessage());
            ctx.err().println("Try 'crm_mon --help'.");
            return ExitCode.USAGE;
        } catch (ToolFailure e) {
            return ctx.fail(e.exitCode(), e.getMessage());
        }
    }

    private static String request(List<String> args) {
        return ("crm_mon " + String.join(" ", args)).strip();
    }

    /** Redraws until interrupted: every interval, and within one poll of a change. */
    private int refresh(CibSource source, Function<Cib, String> render, Duration interval, ToolContext ctx) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String token = source.changeToken();
                String screen;
                try {
                    screen = render.apply(source.fetch());
                } catch (ToolFailure e) {
                    screen = "Error: " + e.getMessage() + "\n";
                }
                ctx.out().print(CLEAR + screen);
                ctx.out().flush();
                Duration waited = Duration.ZERO;
                while (waited.compareTo(interval) < 0 && token.equals(source.changeToken())) {
                    Duration step = POLL.compareTo(interval.minus(waited)) < 0 ? POLL : interval.minus(waited);
                    pause.sleep(step);
                    waited = waited.plus(step);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /** Pacemaker's TIMESPEC: seconds, a number with a unit (ms, s, m, h), or an ISO 8601 duration. */
    static Duration interval(String v) {
        String s = v.trim();
        long ms = io.tandem.cib.TimeSpec.parseMillis(s.toUpperCase(java.util.Locale.ROOT).startsWith("P")
                ? s.toUpperCase(java.util.Locale.ROOT) : s);
        if (ms < 0) {
            throw new UsageException("invalid interval '" + v + "'");
        }
        return positive(Duration.ofMillis(ms));
    }

    private static Duration positive(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new UsageException("the interval must be positive");
        }
        return d;
    }
}
