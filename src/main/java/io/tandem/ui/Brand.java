package io.tandem.ui;

import com.vaadin.flow.component.html.Image;

/** The product mark (two interlocking rings, drawn as SVG in webapp/styles). */
final class Brand {
    private Brand() {
    }

    static Image mark() {
        Image img = new Image("styles/tandem.svg", "");
        img.addClassName("brand-mark");
        return img;
    }
}
