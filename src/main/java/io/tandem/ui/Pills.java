package io.tandem.ui;

import com.vaadin.flow.component.html.Span;

/** Small labelled status marks; their look (colour per state) lives in tandem.css. */
final class Pills {
    private Pills() {
    }

    static Span pill(String text, String... classes) {
        Span s = new Span(text);
        s.addClassName("pill");
        s.addClassNames(classes);
        return s;
    }
}
