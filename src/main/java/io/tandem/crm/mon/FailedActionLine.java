package io.tandem.crm.mon;

/** The two wordings of a failed action: 2.1.5's default sentence and the -R technical line. */
final class FailedActionLine {

    private FailedActionLine() {
    }

    static String friendly(FailedActionView f, MonTime time) {
        StringBuilder sb = new StringBuilder(f.rsc()).append(' ');
        if (f.intervalMs() != 0) {
            sb.append(OcfText.interval(f.intervalMs())).append("-interval ");
        }
        String task = f.task().equals("monitor") && f.intervalMs() == 0 ? "probe" : f.task();
        sb.append(task).append(" on ").append(f.node());
        if (f.status() == 0) {
            sb.append(" returned '").append(OcfText.exitCode(f.rc())).append('\'');
            f.exitReason().filter(r -> !r.isEmpty()).ifPresent(r -> sb.append(" (").append(r).append(')'));
        } else {
            sb.append(" could not be executed (").append(OcfText.execStatus(f.status()));
            f.exitReason().filter(r -> !r.isEmpty()).ifPresent(r -> sb.append(": ").append(r));
            sb.append(')');
        }
        f.lastRcChange().ifPresent(t -> sb.append(" at ").append(time.ctime(t)));
        f.execTime().ifPresent(e -> {
            try {
                int ms = Integer.parseInt(e.trim());
                if (ms > 0) {
                    sb.append(" after ").append(OcfText.interval(ms));
                }
            } catch (NumberFormatException ignored) {
                // Pacemaker skips an unparsable exec-time too.
            }
        });
        return sb.toString();
    }

    static String technical(FailedActionView f, MonTime time) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.opKey()).append(" on ").append(f.node()).append(" '").append(OcfText.exitCode(f.rc()))
                .append("' (").append(f.rc()).append("): call=").append(f.callId().orElse("unknown"))
                .append(", status='").append(OcfText.execStatus(f.status())).append('\'');
        f.exitReason().filter(r -> !r.isEmpty()).ifPresent(r -> sb.append(", exitreason='").append(r).append('\''));
        f.lastRcChange().ifPresent(t -> sb.append(", last-rc-change='").append(time.ctime(t)).append('\''));
        f.queueTime().filter(q -> !q.isEmpty()).ifPresent(q -> sb.append(", queued=").append(q).append("ms"));
        f.execTime().filter(q -> !q.isEmpty()).ifPresent(q -> sb.append(", exec=").append(q).append("ms"));
        return sb.toString();
    }
}
