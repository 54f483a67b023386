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
import java.util.Locale;

/** Before a commit: validation problems, the line diff, and the simulated transition. */
final class ConfigReviewDialog extends Dialog {

    ConfigReviewDialog(ClusterService cluster, SignedIn user, String text, Runnable afterCommit) {
        ConfigPreview p = cluster.previewConfiguration(text);
        setHeaderTitle(getTranslation("config.review.title"));
        setWidth("820px");
        addClassName("command-dialog");
        Div diff = new Div();
        diff.addClassName("diff");
        diff.setId("config-diff");
        boolean changed = false;
        for (DiffLine l : p.diff()) {
            Div line = new Div(new Span(l.toString()));
            line.addClassNames("diff-line", "diff-" + l.change().name().toLowerCase(Locale.ROOT));
            diff.add(line);
            changed |= l.change() != DiffLine.Change.SAME;
        }
        add(new H4(getTranslation("config.review.diff")), diff, new H4(getTranslation("preview.transition")));
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
