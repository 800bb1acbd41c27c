package org.citizenservices.host.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.host.portal.security.PortalUser;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest {

    private final Portal portal = new Portal(new ModuleRegistry(Path.of("deploy")), new CompletableFuture<>());
    private static final StaffMember MANAGER = new StaffMember(1, 1, "Y99999", "Riverside Medical Practice",
            "manager", "Mark Manager", Set.of(StaffRole.PRACTICE_ADMIN));
    private static final StaffMember RECEPTION = new StaffMember(2, 1, "Y99999", "Riverside Medical Practice",
            "reception", "Sarah Reception", Set.of(StaffRole.RECEPTIONIST));

    @Test
    void givenNobodySignedIn_thenOnlyHomeAndNoPracticeSection_evenWithModulesInstalled() {
        addFeedback();
        MainLayout layout = new MainLayout(portal, () -> PortalUser.ANONYMOUS);

        assertThat(labels(nav(layout, "citizen-nav"))).containsExactly("Home");
        assertThat(nav(layout, "practice-nav").isVisible()).isFalse();
    }

    @Test
    void givenACitizen_whenAModuleComesAndGoes_thenItsEntryFollows_onlyWhileItsServiceIsAvailable() {
        Set<CitizenService> available = new java.util.HashSet<>(Set.of(FEEDBACK));
        MainLayout layout = new MainLayout(portal, () -> HomeViewTest.janeActingForSam(available));
        addFeedback();
        layout.refreshNavigation();

        assertThat(labels(nav(layout, "citizen-nav")))
                .containsExactly("Home", "Give feedback", "Who has viewed or changed my information", "Your online account");
        assertThat(nav(layout, "citizen-nav").getItems().get(1).getPath()).isEqualTo("feedback");
        assertThat(nav(layout, "practice-nav").isVisible()).isFalse();

        available.clear();
        layout.refreshNavigation();
        assertThat(labels(nav(layout, "citizen-nav"))).containsExactly("Home", "Who has viewed or changed my information", "Your online account");

        available.add(FEEDBACK);
        portal.routes().remove("feedback");
        layout.refreshNavigation();
        assertThat(labels(nav(layout, "citizen-nav"))).containsExactly("Home", "Who has viewed or changed my information", "Your online account");
    }

    @Test
    void givenStaff_thenThePracticeSectionListsWhatTheirRoleAllows() {
        addFeedback();

        MainLayout asManager = new MainLayout(portal, () -> new PortalUser.Staff(MANAGER));
        assertThat(labels(nav(asManager, "practice-nav")))
                .containsExactly("Find a patient", "Proxy access reviews", "Proxy applications", "Practice services",
                        "Staff", "Clinical system",
                        "Feedback results",
                        "Your account");
        assertThat(labels(nav(asManager, "citizen-nav"))).containsExactly("Home");

        MainLayout asReception = new MainLayout(portal, () -> new PortalUser.Staff(RECEPTION));
        assertThat(labels(nav(asReception, "practice-nav"))).containsExactly("Find a patient", "Proxy access reviews",
                "Proxy applications",
                "Your account");
    }

    private static final CitizenService FEEDBACK = new CitizenService("FEEDBACK");

    private void addFeedback() {
        portal.routes().add("feedback", "Friends and Family Test", FEEDBACK, List.of(
                ViewContribution.citizen("feedback", Div.class, "Give feedback", 90, Div::new),
                ViewContribution.practice("practice/feedback", Div.class, "Feedback results", 90,
                        Role.PRACTICE_ADMIN, Div::new)));
    }

    private static SideNav nav(MainLayout layout, String id) {
        return (SideNav) find(layout, id);
    }

    private static Component find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return root;
        }
        return root.getChildren().map(child -> find(child, id)).filter(c -> c != null).findFirst().orElse(null);
    }

    private static List<String> labels(SideNav nav) {
        return nav.getItems().stream().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
