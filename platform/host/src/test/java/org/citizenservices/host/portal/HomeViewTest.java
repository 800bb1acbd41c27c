package org.citizenservices.host.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.spi.ViewContribution;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest {

    private final Portal portal = new Portal(new ModuleRegistry(Path.of("deploy")));

    @Test
    void givenCitizenServicesInstalled_whenHomeIsShown_thenOneCardEachAndTheyFollowModules() {
        portal.routes().add("appointments", "Appointments", List.of(
                ViewContribution.citizen("appointments", Div.class, "Appointments", 10, Div::new)));
        HomeView home = new HomeView(portal);

        assertThat(cards(home)).containsExactly("/appointments");

        portal.routes().remove("appointments");
        home.modulesChanged();

        assertThat(cards(home)).isEmpty();
        assertThat(services(home).getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .singleElement().asString().contains("has not switched on any online services");
    }

    private static Div services(HomeView home) {
        return (Div) home.getChildren().filter(c -> c.getId().filter("home-services"::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private static List<String> cards(HomeView home) {
        return services(home).getChildren().filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getHref()).toList();
    }
}
