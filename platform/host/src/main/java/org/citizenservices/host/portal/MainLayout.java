package org.citizenservices.host.portal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.citizenservices.spi.Area;

import java.util.List;

/**
 * The portal's frame: an NHS-blue header and a navigation drawer that lists only the views of installed modules.
 * Every open page registers here with {@link OpenPages}, so its navigation follows modules as they come and go.
 */
public final class MainLayout extends AppLayout {

    private final Portal portal;
    private final SideNav citizenNav = new SideNav();
    private final SideNav practiceNav = new SideNav("Practice");

    public MainLayout(Portal portal) {
        this.portal = portal;
        configureHeader();
        configureNavigation();
        refreshNavigation();
    }

    private void configureHeader() {
        Anchor title = new Anchor("/", new Span("Citizen Services"));
        // navigates inside the page like a RouterLink, but by path, so the layout needs no router to be built
        title.getElement().setAttribute("router-link", true);
        title.addClassName("portal-title");
        title.setId("portal-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(toggle, title);
        setPrimarySection(Section.DRAWER);
    }

    private void configureNavigation() {
        citizenNav.setId("citizen-nav");
        citizenNav.setLabel("Your online services");
        practiceNav.setId("practice-nav");
        practiceNav.setCollapsible(true);
        VerticalLayout drawer = new VerticalLayout(citizenNav, practiceNav);
        drawer.setPadding(true);
        drawer.setSpacing(true);
        addToDrawer(drawer);
    }

    /** Rebuilds both navigation lists from the route book. Call inside the UI's lock. */
    void refreshNavigation() {
        citizenNav.removeAll();
        SideNavItem home = new SideNavItem("Home", "");
        home.setId("nav-home");
        citizenNav.addItem(home);
        items(Area.CITIZEN).forEach(citizenNav::addItem);
        practiceNav.removeAll();
        List<SideNavItem> practiceItems = items(Area.PRACTICE);
        practiceItems.forEach(practiceNav::addItem);
        practiceNav.setVisible(!practiceItems.isEmpty());
    }

    private List<SideNavItem> items(Area area) {
        // every installed view is listed: there is no sign-in yet; the core's sign-in will filter by requiredRole
        return portal.routes().menu(area).stream().map(entry -> {
            SideNavItem item = new SideNavItem(entry.label(), "/" + entry.path());
            item.setId("nav-" + entry.path().replace('/', '-'));
            return item;
        }).toList();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refreshNavigation();
        portal.openPages().opened(this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        portal.openPages().closed(this);
        super.onDetach(detachEvent);
    }
}
