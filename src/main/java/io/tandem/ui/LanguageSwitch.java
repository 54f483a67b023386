package io.tandem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import io.tandem.service.UserDirectory;
import java.util.Locale;
import java.util.Optional;

/** English / 日本語 links; for a signed-in user the choice is saved in the user directory. */
final class LanguageSwitch extends Div {

    LanguageSwitch(Optional<SignedIn> user, UserDirectory users) {
        addClassName("language-switch");
        add(option("English", Messages.ENGLISH, user, users), option("日本語", Messages.JAPANESE, user, users));
    }

    private Span option(String label, Locale locale, Optional<SignedIn> user, UserDirectory users) {
        Span s = new Span(label);
        s.addClassName("language-option");
        s.getElement().setAttribute("data-lang", locale.getLanguage());
        if (Messages.supported(UI.getCurrent().getLocale()).equals(locale)) {
            s.addClassName("selected");
        }
        s.addClickListener(e -> {
            VaadinSession.getCurrent().setAttribute(SignInGuard.LANGUAGE, locale);
            user.ifPresent(u -> users.setLanguage(u.user(), locale));
            UI.getCurrent().getPage().reload();
        });
        return s;
    }
}
