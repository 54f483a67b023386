package io.tandem.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The start page; a placeholder until the status views land. */
@Route("")
@PageTitle("Tandem")
public class HomeView extends VerticalLayout {

    public HomeView() {
        H1 title = new H1("Tandem");
        title.setId("tandem-title");
        add(title, new Paragraph("High-availability cluster manager"));
    }
}
