package io.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.tandem.cib.Score;
import io.tandem.service.ClusterService;
import io.tandem.service.NodeScore;
import io.tandem.service.ScoreBreakdown;
import io.tandem.service.ScoreContribution;

/** "Why here?": the verdict in one sentence, then each node's score with the terms that make it. */
public class WhyHereDialog extends Dialog {

    public WhyHereDialog(ClusterService cluster, String resource) {
        ScoreBreakdown b = cluster.whyHere(resource);
        addClassName("why-dialog");
        setId("why-dialog");
        setHeaderTitle(getTranslation("why.title", resource));
        setWidth("720px");
        Paragraph verdict = new Paragraph(b.runningOn()
                .map(n -> getTranslation("why.runs-on", resource, n))
                .orElseGet(() -> getTranslation("why.stopped", resource)));
        verdict.addClassNames("why-verdict", b.runningOn().isPresent() ? "running" : "stopped");
        verdict.setId("why-verdict");
        add(verdict);
        for (NodeScore n : b.nodes()) {
            Div card = new Div();
            card.addClassNames("why-node", n.chosen() ? "chosen" : "not-chosen",
                    n.total() <= -Score.INFINITY ? "excluded" : "allowed");
            card.getElement().setAttribute("data-node", n.node());
            Div head = new Div(new Span(n.node()), Pills.pill(Score.format(n.total()), "score"),
                    n.chosen() ? Pills.pill(getTranslation("why.chosen"), "chosen") : new Span());
            head.addClassName("why-node-head");
            card.add(head);
            if (n.contributions().isEmpty()) {
                card.add(new Div(new Span(getTranslation("why.no-terms"))));
            }
            for (ScoreContribution c : n.contributions()) {
                Div term = new Div(Pills.pill(Score.format(c.value()), "term-value", c.value() < 0 ? "negative" : "positive"),
                        new Span(getTranslation("why.source." + c.source().name())), new Span(c.detail()));
                term.addClassNames("why-term", "source-" + c.source().name().toLowerCase(java.util.Locale.ROOT));
                card.add(term);
            }
            add(card);
        }
        Button close = new Button(getTranslation("dialog.close"), e -> close());
        close.setId("why-close");
        getFooter().add(close);
    }
}
