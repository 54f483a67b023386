package io.tandem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.tandem.service.User;
import io.tandem.service.UserDirectory;
import java.util.Optional;

/** The only page an anonymous visitor reaches. Signing in renews the session id (no fixation) and sets a timeout. */
@Route("login")
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    private final UserDirectory users;
    private final LoginForm form = new LoginForm();

    public LoginView(UserDirectory users) {
        this.users = users;
        addClassName("login-page");
        Div card = new Div();
        card.addClassName("login-card");
        H1 title = new H1(getTranslation("app.name"));
        title.setId("tandem-title"); // the id the serve/deploy smoke tests look for on the start page
        Div brand = new Div(Brand.mark(), title);
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        card.add(brand, tagline, form, new LanguageSwitch(Optional.empty(), users));
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage err = i18n.getErrorMessage();
        err.setTitle(getTranslation("login.error.title"));
        err.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    private void signIn(String name, String password) {
        Optional<User> user = users.authenticate(name, password.toCharArray());
        if (user.isEmpty()) {
            form.setError(true);
            return;
        }
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setAttribute(SignedIn.ATTRIBUTE, new SignedIn(user.get().name(), user.get().role()));
        session.getSession().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        session.setAttribute(SignInGuard.LANGUAGE, Messages.supported(user.get().language()));
        UI.getCurrent().getPage().setLocation(".");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.current().isPresent()) {
            event.forwardTo(StatusView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Tandem";
    }
}
