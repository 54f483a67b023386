package io.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import io.tandem.service.ClusterService;
import io.tandem.service.Command;
import io.tandem.service.CommandResult;
import io.tandem.service.ConfigPreview;
import io.tandem.service.DiffLine;
import io.tandem.service.PlannedAction;
import io.tandem.service.Warning;
import java.util.List;
import java.util.Locale;

/** Before a commit: validation problems, the line diff, and the simulated transition. */
final class ConfigReviewDialog extends Dialog {

    private static final int CONTEXT = 2;

    private static boolean nearChange(List<DiffLine> lines, int i) {
        for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
            if (lines.get(j).change() != DiffLine.Change.SAME) {
                return true;
            }
        }
        return false;
    }

    ConfigReviewDialog(ClusterService cluster, SignedIn user, String text, Runnable afterCommit) {
        ConfigPreview p = cluster.previewConfiguration(text);
        setHeaderTitle(getTranslation("config.review.title"));
        setWidth("820px");
        addClassName("command-dialog");
        Div diff = new Div();
        diff.addClassName("diff");
        diff.setId("config-diff");
        List<DiffLine> lines = p.diff();
        int added = (int) lines.stream().filter(l -> l.change() == DiffLine.Change.ADDED).count();
        int removed = (int) lines.stream().filter(l -> l.change() == DiffLine.Change.REMOVED).count();
        boolean changed = added + removed > 0;
        // only the changes with a little context, as `diff -u` would show them
        boolean skipping = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!nearChange(lines, i)) {
                if (!skipping) {
                    Div gap = new Div(new Span("⋯"));
                    gap.addClassNames("diff-line", "diff-gap");
                    diff.add(gap);
                }
                skipping = true;
                continue;
            }
            skipping = false;
            DiffLine l = lines.get(i);
            Div line = new Div(new Span(l.toString()));
            line.addClassNames("diff-line", "diff-" + l.change().name().toLowerCase(Locale.ROOT));
            diff.add(line);
        }
        Span counts = new Span(getTranslation("config.review.counts", added, removed));
        counts.addClassName("diff-counts");
        add(new H4(getTranslation("config.review.diff")), counts, diff, new H4(getTranslation("preview.transition")));
        Div actions = new Div();
        actions.addClassName("transition");
        if (p.transition().actions().isEmpty()) {
            actions.add(new Span(getTranslation("preview.no-actions")));
        }
        for (PlannedAction a : p.transition().actions()) {
            Div line = new Div(new Span(a.text()));
            line.addClassName("transition-line");
            actions.add(line);
        }
        add(actions);
        for (Warning w : p.transition().warnings()) {
            Div box = new Div(new Span(getTranslation("warning." + w.code().name(), w.args().toArray())));
            box.addClassName("warning-box");
            add(box);
        }
        p.problems().forEach(pr -> {
            Div box = new Div(new Span(getTranslation("config.line", pr.line()) + ": " + pr.message()));
            box.addClassName("warning-box");
            add(box);
        });
        Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
        Button commit = new Button(getTranslation("config.commit"), e -> {
            CommandResult r = cluster.execute(user.actor(cluster.localNode()),
                    new Command.CommitConfiguration(text, cluster.configuration().version()));
            ResultNotice.show(r, getTranslation("dialog.done"));
            if (r.ok()) {
                close();
                afterCommit.run();
            }
        });
        commit.setId("config-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(p.problems().isEmpty() && changed);
        getFooter().add(cancel, commit);
    }
}
