package org.citizenservices.host.portal;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.citizenservices.spi.ViewContribution;

import java.util.List;

/**
 * Applies route book changes to Vaadin's application route registry. The registry is reached through the servlet
 * context, not {@code RouteConfiguration.forApplicationScope()}, because changes arrive on FileInstall's thread
 * where there is no current Vaadin service.
 */
final class VaadinRoutes implements RouteBook.Listener {

    private static final List<Class<? extends RouterLayout>> LAYOUT = List.of(MainLayout.class);

    private final ApplicationRouteRegistry registry;

    VaadinRoutes(ServletContext servletContext) {
        this.registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
    }

    @Override
    public void added(String capabilityId, List<ViewContribution> views) {
        RouteConfiguration configuration = RouteConfiguration.forRegistry(registry);
        registry.update(() -> views.forEach(v -> configuration.setRoute(v.path(), v.viewClass(), LAYOUT)));
    }

    @Override
    public void removed(String capabilityId, String displayName, List<ViewContribution> views) {
        registry.update(() -> views.forEach(v -> registry.removeRoute(v.path())));
    }
}
