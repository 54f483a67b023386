package io.tandem.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;

/**
 * "updated N ms ago", ticking in the browser (no server round trip per tick); the server only marks
 * the moment each pushed update arrives. data-version lets tests see which version is rendered.
 */
public class FreshnessIndicator extends Span {

    public FreshnessIndicator() {
        addClassName("freshness");
        setId("freshness");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs("""
                const el = this, tpl = $0;
                el.__t = performance.now();
                if (el.__iv) clearInterval(el.__iv);
                el.__iv = setInterval(() => {
                  const ms = Math.round(performance.now() - el.__t);
                  el.textContent = tpl.replace('{0}', ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(ms < 10000 ? 1 : 0) + ' s');
                }, 250);""", getTranslation("status.updated-ago"));
    }

    void updated(long version) {
        getElement().setAttribute("data-version", Long.toString(version));
        getElement().executeJs("this.__t = performance.now()");
    }
}
