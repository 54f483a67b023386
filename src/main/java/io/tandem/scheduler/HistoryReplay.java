package io.tandem.scheduler;

import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.cib.Operation;
import io.tandem.cib.Primitive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays one resource's history on one node in call order, as Pacemaker's unpack_lrm_resource and
 * unpack_rsc_op do: each result is remapped against the expected rc, successes move the role,
 * failures raise the on-fail, and a later start or stop clears the failures that recovery handles.
 */
final class HistoryReplay {

    private HistoryReplay() {
    }

    static NodeHistory replay(LrmResource lr, String node, Primitive config, ClusterOptions options,
            long failureTimeoutMs, java.time.Instant now) {
        List<OpRecord> ops = new ArrayList<>();
        for (LrmRscOp raw : lr.ops()) {
            ops.add(toRecord(lr.id(), node, raw));
        }
        // Pending ops (call-id -1) sort last: they are the newest.
        ops.sort(Comparator.comparingLong((OpRecord o) -> o.callId() < 0 ? Long.MAX_VALUE : o.callId()));
        Role role = Role.UNKNOWN;
        OnFail onFail = OnFail.IGNORE;
        List<OpRecord> failed = new ArrayList<>();
        Map<Long, OpRecord> monitors = new LinkedHashMap<>();
        Optional<OpRecord> lastStart = Optional.empty();
        Optional<String> pending = Optional.empty();
        boolean banned = false;
        boolean fatal = false;
        boolean promotable = false;
        for (OpRecord op : ops) {
            String task = op.task();
            if (op.outcome() == OpRecord.Outcome.CANCELLED) {
                continue;
            }
            if (op.outcome() == OpRecord.Outcome.PENDING) {
                pending = Optional.of(task);
                switch (task) {
                    case "start", "stop", "migrate_to", "migrate_from" -> role = Role.STARTED;
                    case "promote", "demote" -> role = Role.PROMOTED;
                    default -> {
                        if (!op.isProbe() && role.compareTo(Role.STARTED) < 0) {
                            role = Role.STARTED;
                        }
                    }
                }
                continue;
            }
            if (op.outcome() == OpRecord.Outcome.NOT_SUPPORTED) {
                continue;
            }
            if (!op.isFailure()) {
                pending = Optional.empty();
                boolean clear = false;
                if (op.isProbe()) {
                    role = op.rc() == 7 ? Role.STOPPED : op.rc() == 8 ? Role.PROMOTED : Role.STARTED;
                    if (op.rc() == 7) {
                        clear = true;
                        onFail = OnFail.IGNORE;
                        monitors.clear();
                    }
                } else {
                    switch (task) {
                        case "start", "migrate_from" -> {
                            role = Role.STARTED;
                            clear = true;
                            lastStart = Optional.of(op);
                            monitors.clear();
                        }
                        case "stop" -> {
                            role = Role.STOPPED;
                            clear = true;
                            monitors.clear();
                        }
                        case "migrate_to" -> role = Role.STOPPED;
                        case "promote" -> {
                            role = Role.PROMOTED;
                            clear = true;
                        }
                        case "demote" -> {
                            role = Role.UNPROMOTED;
                            if (onFail == OnFail.DEMOTE) {
                                clear = true;
                            }
                        }
                        case "monitor" -> {
                            if (op.rc() == 7) {
                                role = Role.STOPPED;
                            } else if (op.rc() == 8) {
                                role = Role.PROMOTED;
                            } else if (role.compareTo(Role.STARTED) < 0) {
                                role = Role.STARTED;
                            }
                            if (op.intervalMs() > 0 && op.rc() != 7) {
                                monitors.put(op.intervalMs(), op);
                            }
                        }
                        default -> {
                            if (role.compareTo(Role.STARTED) < 0 && !task.equals("notify")
                                    && !task.equals("cancel") && !task.equals("reload")) {
                                role = Role.STARTED;
                            }
                        }
                    }
                }
                if (clear) {
                    switch (onFail) {
                        case BLOCK, IGNORE, DEMOTE, RECOVER -> onFail = OnFail.IGNORE;
                        default -> {
                        }
                    }
                }
                continue;
            }
            // A failure; one older than failure-timeout has expired and no longer counts.
            if (failureTimeoutMs > 0 && op.lastRcChange() > 0
                    && op.lastRcChange() * 1000 + failureTimeoutMs <= now.toEpochMilli()) {
                continue;
            }
            failed.add(op);
            OnFail f = configuredOnFail(config, op, options);
            if (op.outcome() == OpRecord.Outcome.HARD_ERROR || op.outcome() == OpRecord.Outcome.NOT_INSTALLED) {
                banned = true;
            }
            if (op.outcome() == OpRecord.Outcome.FATAL_ERROR) {
                fatal = true;
            }
            if (f.compareTo(onFail) > 0) {
                onFail = f;
            }
            if (op.rc() == 8 || op.rc() == 9 || task.equals("promote") || task.equals("demote")) {
                role = Role.PROMOTED;
                promotable = true;
            } else if (op.isProbe() && op.outcome() == OpRecord.Outcome.NOT_INSTALLED) {
                role = Role.STOPPED;
            } else if (task.equals("migrate_to") || task.equals("migrate_from")) {
                role = Role.STARTED;
            } else if (role.compareTo(Role.STARTED) < 0) {
                role = Role.STARTED;
            }
        }
        boolean failedFlag = role.isActive() && onFail != OnFail.IGNORE;
        return new NodeHistory(lr.id(), node, role, failedFlag, onFail, failed, ops, monitors, lastStart, pending,
                banned, fatal, lr.agentClass(), lr.provider(), lr.type());
    }

    /** The on-fail of the configured operation, or Pacemaker's default for the task. */
    static OnFail configuredOnFail(Primitive config, OpRecord op, ClusterOptions options) {
        OnFail dflt = op.task().equals("stop")
                ? (options.stonithEnabled() ? OnFail.FENCE : OnFail.BLOCK) : OnFail.RECOVER;
        if (config == null) {
            return dflt;
        }
        String task = op.isProbe() ? "monitor" : op.task();
        for (Operation o : config.operations()) {
            if (task.equals(o.name()) && o.intervalMs() == op.intervalMs()) {
                String v = o.get("on-fail").orElse(null);
                OnFail f = OnFail.parse(v, dflt);
                if (f == OnFail.FENCE && !options.stonithEnabled()) {
                    return OnFail.BLOCK;
                }
                return f;
            }
        }
        // A probe takes the on-fail of the configured monitor only if it has interval 0; else default.
        return dflt;
    }

    static OpRecord toRecord(String rsc, String node, LrmRscOp raw) {
        String task = raw.operation() == null ? "" : raw.operation();
        int rc = raw.rcCode();
        int status = raw.opStatus();
        int expected = expectedRc(raw, task, raw.intervalMs());
        OpRecord.Outcome outcome = judge(task, raw.intervalMs(), rc, status, expected, raw);
        return new OpRecord(rsc, node, task, raw.intervalMs(), raw.callId(), rc, status, expected, outcome,
                raw.get("exit-reason"), raw.lastRcChange(), parse(raw.get("exec-time")),
                parse(raw.get("queue-time")), raw.opDigest(), raw.get("op-restart-digest"), raw.id(), raw);
    }

    private static long parse(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static int expectedRc(LrmRscOp raw, String task, long interval) {
        String key = raw.get("transition-key");
        if (key != null) {
            String[] parts = key.split(":");
            if (parts.length >= 4) {
                try {
                    return Integer.parseInt(parts[2]);
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
        }
        return 0;
    }

    /** Pacemaker's remap_operation: how a result counts, given what was expected. */
    static OpRecord.Outcome judge(String task, long interval, int rc, int status, int expected, LrmRscOp raw) {
        boolean probe = task.equals("monitor") && interval == 0;
        if (status == -1 || raw.callId() == -1 && raw.get("rc-code") != null && rc == 193) {
            return OpRecord.Outcome.PENDING;
        }
        if (rc == 193 || status == -1) {
            return OpRecord.Outcome.PENDING;
        }
        if (status == 1) {
            return OpRecord.Outcome.CANCELLED;
        }
        if (status != 0 && status != 4) {
            return switch (status) {
                case 3 -> OpRecord.Outcome.NOT_SUPPORTED;
                case 5 -> OpRecord.Outcome.HARD_ERROR;
                case 6 -> OpRecord.Outcome.FATAL_ERROR;
                case 7 -> OpRecord.Outcome.NOT_INSTALLED;
                default -> OpRecord.Outcome.FAILED;
            };
        }
        if (rc == 190) {
            rc = 0;
        } else if (rc == 191) {
            rc = 8;
        }
        if (expected == 190) {
            expected = 0;
        } else if (expected == 191) {
            expected = 8;
        }
        return switch (rc) {
            case 0 -> (probe || expected == rc) ? OpRecord.Outcome.OK : OpRecord.Outcome.FAILED;
            case 7 -> (probe || expected == rc) ? OpRecord.Outcome.OK : OpRecord.Outcome.FAILED;
            case 8 -> (probe || expected == rc) ? OpRecord.Outcome.OK : OpRecord.Outcome.FAILED;
            case 9, 1 -> OpRecord.Outcome.FAILED;
            case 3 -> interval > 0 ? OpRecord.Outcome.FAILED : OpRecord.Outcome.HARD_ERROR;
            case 2, 4 -> OpRecord.Outcome.HARD_ERROR;
            case 5 -> OpRecord.Outcome.NOT_INSTALLED;
            case 6 -> OpRecord.Outcome.FATAL_ERROR;
            default -> OpRecord.Outcome.FAILED;
        };
    }
}
