package io.tandem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Sends every navigation of an anonymous session to the login view, and applies the session's language. */
final class SignInGuard {

    static final String LANGUAGE = "io.tandem.ui.language";

    private SignInGuard() {
    }

    static void install(UI ui) {
        Object lang = VaadinSession.getCurrent().getAttribute(LANGUAGE);
        ui.setLocale(lang instanceof Locale l ? l : Messages.ENGLISH);
        ui.addBeforeEnterListener(event -> {
            if (event.getNavigationTarget() != LoginView.class && SignedIn.current().isEmpty()) {
                event.rerouteTo(LoginView.class);
            }
        });
    }
}
