package io.tandem.rules;

import io.tandem.cib.DateExpression;
import io.tandem.cib.Expression;
import io.tandem.cib.OpExpression;
import io.tandem.cib.Rule;
import io.tandem.cib.RuleCondition;
import io.tandem.cib.RscExpression;
import io.tandem.cib.Score;
import io.tandem.cib.TimeSpec;
import io.tandem.cib.XmlElement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * Evaluates Pacemaker rules: and/or over nested rules and expressions (node attributes with typed
 * comparisons, dates with date_spec and durations, resource agents and operations). Pure and stateless.
 */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /** Whether the rule applies. An empty rule applies (as Pacemaker treats a rule without conditions). */
    public static boolean matches(Rule rule, RuleContext ctx) {
        if (rule.conditions().isEmpty()) {
            return true;
        }
        boolean or = "or".equalsIgnoreCase(rule.booleanOp());
        for (RuleCondition c : rule.conditions()) {
            boolean v = matches(c, ctx);
            if (or && v) {
                return true;
            }
            if (!or && !v) {
                return false;
            }
        }
        return !or;
    }

    /**
     * The score a location rule contributes on a node when it applies: its {@code score}, or the node
     * attribute named by {@code score-attribute} (0 when that attribute is missing).
     */
    public static int score(Rule rule, RuleContext ctx) {
        if (rule.score() != null) {
            return Score.parse(rule.score());
        }
        if (rule.scoreAttribute() != null) {
            return ctx.nodeAttribute(rule.scoreAttribute()).map(Score::parse).orElse(0);
        }
        return 0;
    }

    public static boolean matches(RuleCondition c, RuleContext ctx) {
        return switch (c) {
            case Rule r -> matches(r, ctx);
            case Expression e -> attribute(e, ctx);
            case DateExpression d -> date(d, ctx);
            case RscExpression r -> rsc(r, ctx);
            case OpExpression o -> op(o, ctx);
            default -> false;
        };
    }

    static boolean attribute(Expression e, RuleContext ctx) {
        String op = e.operation() == null ? "" : e.operation();
        String actual = ctx.nodeAttributes().get(e.attribute());
        if (e.attribute() != null && e.attribute().equals("#role") && ctx.role() != null) {
            actual = ctx.role();
        }
        String expected = e.value();
        String source = e.valueSource();
        if ("param".equals(source)) {
            expected = ctx.params().get(expected);
        } else if ("meta".equals(source)) {
            expected = ctx.meta().get(expected);
        }
        switch (op) {
            case "defined":
                return actual != null;
            case "not_defined":
                return actual == null;
            default:
                break;
        }
        if (actual == null || expected == null) {
            return op.equals("ne");
        }
        String type = Comparison.effectiveType(e.type(), op, actual, expected);
        int cmp = Comparison.compare(actual, expected, type);
        return switch (op) {
            case "eq" -> cmp == 0;
            case "ne" -> cmp != 0;
            case "lt" -> cmp < 0;
            case "lte" -> cmp <= 0;
            case "gt" -> cmp > 0;
            case "gte" -> cmp >= 0;
            default -> false;
        };
    }

    static boolean rsc(RscExpression r, RuleContext ctx) {
        if (ctx.rscClass() == null && ctx.rscType() == null) {
            return false;
        }
        return eqOrAbsent(r.attributes().get("class"), ctx.rscClass())
                && eqOrAbsent(r.attributes().get("provider"), ctx.rscProvider())
                && eqOrAbsent(r.attributes().get("type"), ctx.rscType());
    }

    static boolean op(OpExpression o, RuleContext ctx) {
        if (ctx.opName() == null) {
            return false;
        }
        if (!o.attributes().getOrDefault("name", "").equals(ctx.opName())) {
            return false;
        }
        String interval = o.attributes().get("interval");
        return interval == null || TimeSpec.parseMillis(interval) == ctx.opIntervalMs();
    }

    private static boolean eqOrAbsent(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    static boolean date(DateExpression d, RuleContext ctx) {
        ZonedDateTime now = ctx.now().atZone(ZoneOffset.UTC);
        Optional<ZonedDateTime> start = IsoTime.parse(d.start());
        Optional<ZonedDateTime> end = IsoTime.parse(d.end());
        switch (d.operation()) {
            case "gt":
                return start.map(now::isAfter).orElse(false);
            case "lt":
                return end.map(now::isBefore).orElse(false);
            case "date_spec":
                return d.dateSpec().map(s -> dateSpec(s, now)).orElse(false);
            case "in_range":
            default:
                if (end.isEmpty() && start.isPresent() && d.duration().isPresent()) {
                    end = Optional.of(plusDuration(start.get(), d.duration().get()));
                }
                if (start.isEmpty() && end.isEmpty()) {
                    return false;
                }
                boolean afterStart = start.map(s -> !now.isBefore(s)).orElse(true);
                boolean beforeEnd = end.map(e -> !now.isAfter(e)).orElse(true);
                return afterStart && beforeEnd;
        }
    }

    static ZonedDateTime plusDuration(ZonedDateTime t, XmlElement dur) {
        ZonedDateTime r = t;
        r = r.plusYears(num(dur, "years")).plusMonths(num(dur, "months")).plusWeeks(num(dur, "weeks"))
                .plusDays(num(dur, "days")).plusHours(num(dur, "hours")).plusMinutes(num(dur, "minutes"))
                .plusSeconds(num(dur, "seconds"));
        return r;
    }

    private static long num(XmlElement e, String key) {
        String v = e.attributes().get(key);
        Long l = v == null ? null : Comparison.parseLong(v);
        return l == null ? 0 : l;
    }

    static boolean dateSpec(XmlElement spec, ZonedDateTime now) {
        return inRange(spec, "years", now.getYear()) && inRange(spec, "months", now.getMonthValue())
                && inRange(spec, "monthdays", now.getDayOfMonth()) && inRange(spec, "hours", now.getHour())
                && inRange(spec, "minutes", now.getMinute()) && inRange(spec, "seconds", now.getSecond())
                && inRange(spec, "yeardays", now.getDayOfYear())
                && inRange(spec, "weekdays", now.getDayOfWeek().getValue())
                && inRange(spec, "weekyears", now.get(IsoFields.WEEK_BASED_YEAR))
                && inRange(spec, "weeks", now.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A date_spec field: "5" or "1-5" (either end may be missing); an absent field always matches. */
    private static boolean inRange(XmlElement spec, String field, int value) {
        String v = spec.attributes().get(field);
        if (v == null || v.isBlank()) {
            return true;
        }
        int dash = v.indexOf('-', 1);
        if (dash < 0) {
            Long n = Comparison.parseLong(v);
            return n != null && n == value;
        }
        Long lo = v.substring(0, dash).isBlank() ? null : Comparison.parseLong(v.substring(0, dash));
        Long hi = v.substring(dash + 1).isBlank() ? null : Comparison.parseLong(v.substring(dash + 1));
        return (lo == null || value >= lo) && (hi == null || value <= hi);
    }
}
