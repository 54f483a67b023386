package io.tandem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import io.tandem.service.ClusterService;
import io.tandem.service.UserDirectory;

/** The frame around every signed-in view: navigation, who is signed in, language, logout. */
public class MainLayout extends AppLayout {

    public MainLayout(ClusterService cluster, UserDirectory users) {
        SignedIn user = SignedIn.current().orElseThrow();
        Div brand = new Div(Brand.mark(), new Span(getTranslation("app.name")));
        brand.addClassName("app-brand");
        Span clusterName = new Span(getTranslation("layout.cluster", cluster.snapshot().summary().clusterName(), cluster.localNode()));
        clusterName.addClassName("app-cluster");
        Span who = new Span(user.user() + " · " + getTranslation("role." + user.role().name()));
        who.addClassName("app-user");
        who.setId("signed-in-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div spacer = new Div();
        spacer.addClassName("spacer");
        Div header = new Div(brand, clusterName, spacer, new LanguageSwitch(java.util.Optional.of(user), users), who, logout);
        header.addClassName("app-header");
        addToNavbar(true, header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.status"), StatusView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.configuration"), ConfigurationView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.history"), HistoryView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class));
        nav.addClassName("app-nav");
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    private static void logout() {
        UI.getCurrent().getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
