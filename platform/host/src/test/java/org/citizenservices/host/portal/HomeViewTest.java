package org.citizenservices.host.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.host.portal.security.PortalUser;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ViewContribution;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest {

    static final CitizenService APPOINTMENTS = CitizenService.APPOINTMENTS;
    static final SignedInCitizen JANE = new SignedInCitizen(1, "DEMO100001", 1, 1, "Jane Demo", LinkageKind.PORTAL,
            "Citizen portal");
    static final PatientChoice SAM = PatientChoice.of(2, 2, "Sam Demo", "9990000026", LocalDate.of(2019, 6, 2),
            AssociationType.PROXY, Relationship.MOTHER, Set.of(APPOINTMENTS));

    private final Portal portal = new Portal(new ModuleRegistry(Path.of("deploy")), new CompletableFuture<>());

    static PortalUser.Citizen janeActingForSam(Set<CitizenService> available) {
        return new PortalUser.Citizen(JANE, SAM, List.of(SAM), available, true, "Riverside Medical Practice");
    }

    @Test
    void givenACitizen_thenOneCardPerAvailableServiceOnly_andTheyFollowModules() {
        portal.routes().add("appointments", "Appointments", APPOINTMENTS, List.of(
                ViewContribution.citizen("appointments", Div.class, "Appointments", 10, Div::new)));
        portal.routes().add("messaging", "Messaging", CitizenService.MESSAGING, List.of(
                ViewContribution.citizen("messages", Div.class, "Messages", 20, Div::new)));
        HomeView home = new HomeView(portal, () -> janeActingForSam(Set.of(APPOINTMENTS)));

        assertThat(cards(home)).containsExactly("/appointments");
        assertThat(text(home)).contains("You are acting for Sam Demo.");

        portal.routes().remove("appointments");
        home.modulesChanged();

        assertThat(cards(home)).isEmpty();
        assertThat(text(home)).anyMatch(t -> t.contains("No online services are available for Sam Demo"));
    }

    @Test
    void givenNobodySignedIn_thenHomeOffersSignInAndSetUp_andNoServices() {
        portal.routes().add("appointments", "Appointments", APPOINTMENTS, List.of(
                ViewContribution.citizen("appointments", Div.class, "Appointments", 10, Div::new)));
        HomeView home = new HomeView(portal, () -> PortalUser.ANONYMOUS);

        assertThat(all(home).filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getHref()))
                .containsExactly("/sign-in", "/register");
    }

    @Test
    void givenAnInactiveAccount_thenTheHomePageSaysSo() {
        HomeView home = new HomeView(portal, () -> new PortalUser.Citizen(JANE, SAM, List.of(SAM), Set.of(), false,
                "Riverside Medical Practice"));

        assertThat(all(home).anyMatch(c -> c.getId().filter("home-inactive"::equals).isPresent())).isTrue();
    }

    static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HomeViewTest::all));
    }

    private static List<String> text(HomeView home) {
        return all(home).filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()).toList();
    }

    private static List<String> cards(HomeView home) {
        Div services = (Div) all(home).filter(c -> c.getId().filter("home-services"::equals).isPresent())
                .findFirst().orElseThrow();
        return services.getChildren().filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getHref()).toList();
    }
}
