package io.tandem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.tandem.service.ClusterSnapshot;
import io.tandem.service.FailedAction;
import java.util.List;

/** Failed Resource Actions in words: what failed where, why, and the raw facts underneath. */
final class FailedActionsPanel extends Div {

    private final Div list = new Div();
    private List<FailedAction> shown = List.of();

    FailedActionsPanel() {
        addClassNames("panel", "failed-panel");
        setId("failed-actions");
        list.addClassName("failed-list");
        add(new H3(getTranslation("status.failed-actions")), list);
        list.add(new Span(getTranslation("failed.none")));
    }

    void update(ClusterSnapshot s) {
        if (s.failedActions().equals(shown)) {
            return;
        }
        shown = s.failedActions();
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Span(getTranslation("failed.none")));
        }
        for (FailedAction a : shown) {
            String op = a.intervalMs() > 0
                    ? getTranslation("failed.op-recurring", a.operation(), a.intervalMs() / 1000)
                    : a.operation();
            Span what = new Span(getTranslation("failed.what", a.resource(), op, a.node(), a.rcText(), a.rc()));
            what.addClassName("failed-what");
            Span facts = new Span(getTranslation("failed.facts", a.key(), a.callId(), a.status(),
                    a.exitReason().isEmpty() ? getTranslation("failed.no-reason") : a.exitReason(),
                    Times.dateTime(a.lastRcChange()), a.queued().toMillis(), a.exec().toMillis()));
            facts.addClassName("failed-facts");
            Div row = new Div(Pills.pill("rc " + a.rc(), "rc"), new Div(what, facts));
            row.addClassName("failed-row");
            row.getElement().setAttribute("data-resource", a.resource());
            list.add(row);
        }
    }
}
