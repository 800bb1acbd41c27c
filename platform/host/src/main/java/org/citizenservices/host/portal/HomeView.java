package org.citizenservices.host.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.spi.Area;

import java.util.List;

/** The home page: the online services this practice offers now, one card each. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home - Citizen Services")
public final class HomeView extends VerticalLayout implements OpenPages.FollowsModules {

    private final Portal portal;
    private final Div cards = new Div();

    public HomeView(Portal portal) {
        this.portal = portal;
        setId("home-view");
        setMaxWidth("60rem");
        add(new H1("Your GP practice online"));
        add(new Paragraph("Book and manage appointments, order repeat prescriptions, message your practice and "
                + "view your record, for yourself or for someone you care for."));
        add(new H2("Services available"));
        cards.setId("home-services");
        cards.addClassName("service-cards");
        add(cards);
        modulesChanged();
    }

    @Override
    public void modulesChanged() {
        fill(cards, portal.routes().menu(Area.CITIZEN));
    }

    private static void fill(Div cards, List<RouteBook.MenuEntry> entries) {
        cards.removeAll();
        if (entries.isEmpty()) {
            cards.add(new Paragraph("Your practice has not switched on any online services yet. "
                    + "Please contact the practice."));
        }
        for (RouteBook.MenuEntry entry : entries) {
            Anchor card = new Anchor("/" + entry.path(), entry.label());
            card.getElement().setAttribute("router-link", true);
            card.addClassName("service-card");
            card.setId("service-" + entry.path().replace('/', '-'));
            cards.add(card);
        }
    }
}
