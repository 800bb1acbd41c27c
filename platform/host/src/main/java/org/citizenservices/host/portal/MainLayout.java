package org.citizenservices.host.portal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.citizenservices.core.api.practice.StaffActivation;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.PortalUser;
import org.citizenservices.spi.Area;
import org.citizenservices.spi.FieldLink;
import org.citizenservices.spi.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The portal's frame: a skip link, an NHS-blue header carrying the practice's name and who is signed in (and, for a
 * citizen, who they are acting for), a navigation drawer listing what this user may open now — for a citizen, only
 * the services available for the patient they act for; for staff, the practice pages their role allows — and the
 * page itself in the main landmark. Every open page registers with {@link OpenPages}, so its navigation follows
 * modules as they come and go.
 */
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Portal portal;
    private final Supplier<PortalUser> user;
    private final Div account = new Div();
    private final Span practiceName = new Span();
    private final Main main = new Main();
    private final SideNav citizenNav = new SideNav();
    private final SideNav practiceNav = new SideNav("Practice");
    private static final String MAIN_ID = "main-content";

    public MainLayout(Portal portal) {
        this(portal, portal::currentUser);
    }

    /** With the user given, for tests that have no core. */
    MainLayout(Portal portal, Supplier<PortalUser> user) {
        this.portal = portal;
        this.user = user;
        configureHeader();
        configureNavigation();
        refreshNavigation();
    }

    private void configureHeader() {
        practiceName.setId("practice-name");
        practiceName.addClassName("practice-name");
        Span service = new Span("Online services");
        service.addClassName("portal-service");
        Anchor title = new Anchor("/", practiceName, service);
        // navigates inside the page like a RouterLink, but by path, so the layout needs no router to be built
        title.getElement().setAttribute("router-link", true);
        title.addClassName("portal-title");
        title.setId("portal-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        account.addClassName("portal-account");
        account.setId("portal-account");
        Header header = new Header(toggle, title, account);
        header.addClassName("portal-header");
        // first in the tab order, before the header and the menu, as NHS.UK pages have it
        Anchor skip = FieldLink.to(MAIN_ID, "Skip to main content");
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        addToNavbar(skip, header);
        setPrimarySection(Section.DRAWER);
        main.setId(MAIN_ID);
        main.addClassName("portal-main");
        // focusable by the skip link, not by Tab
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    /** The page goes inside {@code <main>}, so that every page has the landmark the skip link leads to. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** The page shown now, if it is a component. */
    private Optional<Component> page() {
        return main.getChildren().findFirst();
    }

    private void configureNavigation() {
        citizenNav.setId("citizen-nav");
        citizenNav.setLabel("Your online services");
        practiceNav.setId("practice-nav");
        practiceNav.setCollapsible(true);
        // full width, so that a long entry wraps instead of widening the menu into a sideways scroll
        citizenNav.setWidthFull();
        practiceNav.setWidthFull();
        VerticalLayout lists = new VerticalLayout(citizenNav, practiceNav);
        lists.setPadding(true);
        lists.setSpacing(true);
        Nav drawer = new Nav(lists);
        drawer.getElement().setAttribute("aria-label", "Menu");
        addToDrawer(drawer);
    }

    /** Rebuilds the header and both navigation lists for the current user. Call inside the UI's lock. */
    public void refreshNavigation() {
        PortalUser current = user.get();
        refreshAccount(current);
        citizenNav.removeAll();
        citizenNav.addItem(item("Home", "", "nav-home"));
        current.asCitizen().ifPresent(citizen -> {
            portal.routes().menu(Area.CITIZEN).stream()
                    .filter(entry -> citizen.available().contains(entry.service()))
                    .forEach(entry -> citizenNav.addItem(moduleItem(entry)));
            citizenNav.addItem(item("Who has viewed or changed my information", "access-log", "nav-access-log"));
            citizenNav.addItem(item("Your online account", "account", "nav-account"));
        });
        practiceNav.removeAll();
        List<SideNavItem> practiceItems = new ArrayList<>();
        current.asStaff().ifPresent(staff -> {
            practiceItems.add(item("Find a patient", "practice", "nav-practice"));
            practiceItems.add(item("Proxy access reviews", "practice/reviews", "nav-practice-reviews"));
            practiceItems.add(item("Proxy applications", "practice/proxy-applications",
                    "nav-practice-proxy-applications"));
            if (staff.has(Role.PRACTICE_ADMIN)) {
                practiceItems.add(item("Practice services", "practice/admin", "nav-practice-admin"));
                practiceItems.add(item("Staff", "practice/staff", "nav-practice-staff"));
                practiceItems.add(item("Clinical system", "practice/api-clients", "nav-practice-api-clients"));
            }
            portal.routes().menu(Area.PRACTICE).stream()
                    .filter(entry -> staff.has(entry.requiredRole()))
                    .forEach(entry -> practiceItems.add(moduleItem(entry)));
            practiceItems.add(item("Your account", "practice/account", "nav-practice-account"));
        });
        practiceItems.forEach(practiceNav::addItem);
        practiceNav.setVisible(!practiceItems.isEmpty());
    }

    private static SideNavItem item(String label, String path, String id) {
        SideNavItem item = new SideNavItem(null, "/" + path);
        // the label as an element, not the item's own text, so that the stylesheet can let a long one wrap
        Span text = new Span(label);
        text.addClassName("nav-label");
        item.getElement().appendChild(text.getElement());
        item.setId(id);
        return item;
    }

    private static SideNavItem moduleItem(RouteBook.MenuEntry entry) {
        return item(entry.label(), entry.path(), "nav-" + entry.path().replace('/', '-'));
    }

    private void refreshAccount(PortalUser current) {
        account.removeAll();
        practiceName.setText(current instanceof PortalUser.Citizen citizen ? citizen.practiceName()
                : current instanceof PortalUser.Staff staff ? staff.member().practiceName()
                : current instanceof PortalUser.Supplier ? StaffActivation.SUPPLIER : "Your GP practice");
        if (current instanceof PortalUser.Citizen citizen) {
            account.add(actingForSwitcher(citizen), signOut("/"));
        } else if (current instanceof PortalUser.Staff staff) {
            Span who = new Span(staff.member().displayName() + ", " + staff.member().practiceName());
            who.setId("staff-name");
            account.add(who);
            if (staff.member().demo()) {
                // a published password: say so on every page, so nobody mistakes it for a real practice's account
                Span demo = new Span("Demo account: for trying the product only");
                demo.setId("staff-demo-account");
                demo.addClassName("demo-badge");
                account.add(demo);
            }
            account.add(signOut(SignInPaths.PRACTICE));
        } else if (current instanceof PortalUser.Supplier supplier) {
            Span who = new Span(supplier.admin().displayName() + ", supplier");
            who.setId("supplier-name");
            account.add(who, signOut(SignInPaths.SUPPLIER));
        } else {
            Anchor signIn = new Anchor(SignInPaths.CITIZEN, "Sign in");
            signIn.setId("sign-in-link");
            account.add(signIn);
        }
    }

    /** "You are acting for: Yourself / Sam Demo" — changing it takes the citizen home, for the new patient. */
    private Select<PatientChoice> actingForSwitcher(PortalUser.Citizen citizen) {
        Select<PatientChoice> select = new Select<>();
        select.setId("acting-for");
        select.setLabel("You are acting for");
        // on a phone the label above gives way to these words inside the field, saving a row of the header
        Span prefix = new Span("Acting for:");
        prefix.addClassName("narrow-only");
        prefix.getElement().setAttribute("aria-hidden", "true");
        select.setPrefixComponent(prefix);
        select.setItems(citizen.choices());
        select.setItemLabelGenerator(citizen::label);
        if (citizen.actingFor() != null) {
            select.setValue(citizen.actingFor());
        }
        select.setVisible(!citizen.choices().isEmpty());
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null
                    && PortalSignIn.actFor(portal.core(), change.getValue().patientId())) {
                UI.getCurrent().navigate("");
                refreshNavigation();
                // already home: its tiles are the old patient's
                page().filter(OpenPages.FollowsModules.class::isInstance)
                        .ifPresent(home -> ((OpenPages.FollowsModules) home).modulesChanged());
            }
        });
        return select;
    }

    private Button signOut(String next) {
        Button button = new Button("Sign out", click -> PortalSignIn.signOut(portal.core(), next));
        button.setId("sign-out");
        button.addClassName("header-button");
        return button;
    }

    /**
     * A new page starts at its top, not where the previous one was scrolled to. A module's page has no title of its
     * own (its class cannot carry the host's annotations), so it is named after its menu entry.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        boolean titled = page().map(p -> p.getClass().isAnnotationPresent(PageTitle.class)).orElse(true);
        if (!titled) {
            portal.routes().menu(Area.CITIZEN).stream()
                    .filter(entry -> entry.path().equals(path)).findFirst()
                    .or(() -> portal.routes().menu(Area.PRACTICE).stream()
                            .filter(entry -> entry.path().equals(path)).findFirst())
                    // after the router, which would otherwise clear it again for a page without a title
                    .ifPresent(entry -> UI.getCurrent().beforeClientResponse(this, context ->
                            context.getUI().getPage().setTitle(entry.label() + " - Citizen Services")));
        }
        getElement().executeJs("requestAnimationFrame(() => { const c = this.shadowRoot"
                + " && this.shadowRoot.querySelector('[content]'); if (c) { c.scrollTop = 0; } window.scrollTo(0, 0); })");
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
