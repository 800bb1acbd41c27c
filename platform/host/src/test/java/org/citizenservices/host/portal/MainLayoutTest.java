package org.citizenservices.host.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest {

    private final Portal portal = new Portal(new ModuleRegistry(Path.of("deploy")));

    @Test
    void givenNoModules_whenTheLayoutIsBuilt_thenOnlyHomeAndNoPracticeSection() {
        MainLayout layout = new MainLayout(portal);

        assertThat(labels(nav(layout, "citizen-nav"))).containsExactly("Home");
        assertThat(nav(layout, "practice-nav").isVisible()).isFalse();
    }

    @Test
    void givenAModuleComesAndGoes_whenTheNavigationIsRefreshed_thenItsEntriesFollow() {
        MainLayout layout = new MainLayout(portal);
        portal.routes().add("feedback", "Friends and Family Test", List.of(
                ViewContribution.citizen("feedback", Div.class, "Give feedback", 90, Div::new),
                ViewContribution.practice("practice/feedback", Div.class, "Feedback results", 90,
                        Role.PRACTICE_ADMIN, Div::new)));

        layout.refreshNavigation();

        assertThat(labels(nav(layout, "citizen-nav"))).containsExactly("Home", "Give feedback");
        assertThat(labels(nav(layout, "practice-nav"))).containsExactly("Feedback results");
        assertThat(nav(layout, "practice-nav").isVisible()).isTrue();
        assertThat(nav(layout, "citizen-nav").getItems().get(1).getPath()).isEqualTo("feedback");

        portal.routes().remove("feedback");
        layout.refreshNavigation();

        assertThat(labels(nav(layout, "citizen-nav"))).containsExactly("Home");
        assertThat(nav(layout, "practice-nav").isVisible()).isFalse();
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
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
