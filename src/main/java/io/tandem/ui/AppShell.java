package io.tandem.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Push for live status; Lumo plus our stylesheet from webapp/, loaded without any frontend bundle build. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tandem.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tandem");
        settings.addFavIcon("icon", "styles/tandem.svg", "32x32");
    }
}
