package io.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tandem.service.ClusterService;
import io.tandem.service.ConfigProblem;
import io.tandem.service.ConfigurationText;
import io.tandem.service.Role;
import java.util.List;

/**
 * {@code crm configure show} in an editor that validates as you type; review shows the diff and the
 * simulated transition before commit. Also the XML, and erase behind its guard. Editing is for admins.
 */
@Route(value = "configuration", layout = MainLayout.class)
public class ConfigurationView extends Div implements HasDynamicTitle {

    private final ClusterService cluster;
    private final SignedIn user;
    private final TextArea editor = new TextArea();
    private final Div problems = new Div();
    private final Pre xml = new Pre();
    private ConfigurationText loaded;

    public ConfigurationView(ClusterService cluster) {
        this.cluster = cluster;
        this.user = SignedIn.current().orElseThrow();
        addClassNames("view", "configuration-view");
        Div title = new Div(new H2(getTranslation("nav.configuration")));
        title.addClassName("view-title");

        editor.setId("config-editor");
        editor.addClassName("code-editor");
        editor.setWidthFull();
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(300);
        editor.addValueChangeListener(e -> validate());
        editor.setReadOnly(!user.may(Role.ADMIN));
        problems.setId("config-problems");
        problems.addClassName("config-problems");

        Button reload = new Button(getTranslation("config.reload"), e -> load());
        reload.setId("config-reload");
        Div toolbar = new Div(reload);
        toolbar.addClassName("toolbar");
        if (user.may(Role.ADMIN)) {
            Button review = new Button(getTranslation("config.review"), e -> new ConfigReviewDialog(cluster, user, editor.getValue(), this::load).open());
            review.setId("config-review");
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button erase = new Button(getTranslation("config.erase"), e -> new EraseDialog(cluster, user, this::load).open());
            erase.setId("config-erase");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            toolbar.add(review, erase);
        } else {
            toolbar.add(new Span(getTranslation("config.read-only")));
        }
        Div crmTab = new Div(toolbar, editor, problems);
        crmTab.addClassName("config-crm");
        xml.setId("config-xml");
        xml.addClassName("code-block");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("config.tab.crm"), crmTab);
        tabs.add(getTranslation("config.tab.xml"), xml);
        tabs.setWidthFull();
        add(title, tabs);
        load();
    }

    private void load() {
        loaded = cluster.configuration();
        editor.setValue(loaded.crm());
        xml.setText(loaded.xml());
        validate();
    }

    private void validate() {
        List<ConfigProblem> found = cluster.validate(editor.getValue());
        problems.removeAll();
        problems.getElement().setAttribute("data-count", Integer.toString(found.size()));
        // which text was validated: lets a browser test wait for the debounced editor value to arrive
        problems.getElement().setAttribute("data-chars", Integer.toString(editor.getValue().length()));
        if (found.isEmpty()) {
            Span ok = new Span(getTranslation("config.valid"));
            ok.addClassName("valid");
            problems.add(ok);
        }
        for (ConfigProblem p : found) {
            Div d = new Div(Pills.pill(getTranslation("config.line", p.line()), "line"), new Span(p.message()));
            d.addClassName("problem");
            problems.add(d);
        }
        editor.setInvalid(!found.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.configuration") + " · Tandem";
    }
}
