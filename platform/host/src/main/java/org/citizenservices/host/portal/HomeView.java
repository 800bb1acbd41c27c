package org.citizenservices.host.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.host.portal.security.PortalUser;
import org.citizenservices.spi.Area;

import java.util.List;
import java.util.function.Supplier;

/**
 * The home page. For a signed-in citizen: one card per service available now for the person they act for — no
 * card for a service that is off, not registered on the proxy access or not installed. For everyone else: how to
 * sign in or set up an online account.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home - Citizen Services")
public final class HomeView extends VerticalLayout implements OpenPages.FollowsModules {

    private final Portal portal;
    private final Supplier<PortalUser> user;
    private final Div content = new Div();

    public HomeView(Portal portal) {
        this(portal, portal::currentUser);
    }

    HomeView(Portal portal, Supplier<PortalUser> user) {
        this.portal = portal;
        this.user = user;
        setId("home-view");
        setMaxWidth("60rem");
        content.setWidthFull();
        add(content);
        modulesChanged();
    }

    @Override
    public void modulesChanged() {
        content.removeAll();
        PortalUser current = user.get();
        if (current instanceof PortalUser.Citizen citizen) {
            citizenHome(citizen);
        } else if (current instanceof PortalUser.Staff) {
            content.add(new H1("Your GP practice online"));
            Anchor practice = new Anchor("/practice", "Go to the practice pages");
            practice.setId("home-practice-link");
            content.add(new Paragraph(new com.vaadin.flow.component.html.Span(
                    "You are signed in as practice staff. "), practice));
        } else {
            anonymousHome();
        }
    }

    private void anonymousHome() {
        content.add(new H1("Your GP practice online"));
        content.add(new Paragraph("Book and manage appointments, order repeat prescriptions, message your practice "
                + "and view your record, for yourself or for someone you care for."));
        Anchor signIn = new Anchor(SignInPaths.CITIZEN, "Sign in");
        signIn.setId("home-sign-in");
        signIn.addClassName("service-card");
        Anchor register = new Anchor("/register", "Set up your online account");
        register.setId("home-register");
        register.addClassName("service-card");
        Div actions = new Div(signIn, register);
        actions.addClassName("service-cards");
        content.add(actions);
        content.add(new Paragraph("To set up your online account you need the registration letter from your GP "
                + "practice. If you do not have one, ask at reception."));
    }

    private void citizenHome(PortalUser.Citizen citizen) {
        content.add(new H1("Hello " + citizen.signedIn().displayName()));
        if (citizen.actingFor() == null) {
            content.add(notice("Your online account is not connected to any patient at the moment. "
                    + "Contact your GP practice.", "home-no-patient"));
            return;
        }
        if (!citizen.accountActive()) {
            content.add(notice("Your online account is not active yet. Your GP practice needs to check your "
                    + "identity before you can use online services. Contact the practice if you have questions.",
                    "home-inactive"));
        }
        Paragraph acting = new Paragraph(citizen.actingFor().isSelf() ? "You are using services for yourself."
                : "You are acting for " + citizen.actingFor().displayName() + ".");
        acting.setId("home-acting-for");
        content.add(acting);
        content.add(new H2("Services available"));
        Div cards = new Div();
        cards.setId("home-services");
        cards.addClassName("service-cards");
        content.add(cards);
        List<RouteBook.MenuEntry> entries = portal.routes().menu(Area.CITIZEN).stream()
                .filter(entry -> citizen.available().contains(entry.service())).toList();
        if (entries.isEmpty()) {
            cards.add(new Paragraph("No online services are available for "
                    + (citizen.actingFor().isSelf() ? "you" : citizen.actingFor().displayName())
                    + " at the moment. Contact your GP practice if you think they should be."));
        }
        for (RouteBook.MenuEntry entry : entries) {
            Anchor card = new Anchor("/" + entry.path(), entry.label());
            card.getElement().setAttribute("router-link", true);
            card.addClassName("service-card");
            card.setId("service-" + entry.path().replace('/', '-'));
            cards.add(card);
        }
    }

    private static Div notice(String text, String id) {
        Div notice = new Div(new Paragraph(text));
        notice.addClassNames("notice", "warning");
        notice.setId(id);
        return notice;
    }
}
