package org.citizenservices.host.portal;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.ServletContext;
import org.citizenservices.host.modules.ModuleRegistry;

import java.util.List;

/**
 * The host objects the portal's views are built from. One per host; stored in the servlet context, where the
 * {@link PortalInstantiatorFactory} finds it to hand it to views through their constructors.
 */
public final class Portal {

    public static final String CONTEXT_ATTRIBUTE = Portal.class.getName();

    private final RouteBook routes = new RouteBook();
    private final OpenPages openPages = new OpenPages();
    private final ModuleRegistry modules;
    private volatile VaadinService vaadinService;

    public Portal(ModuleRegistry modules) {
        this.modules = modules;
    }

    /**
     * Connects the route book to the running Vaadin application: routes first, so that by the time open pages
     * refresh their navigation, the routes they link to exist (or are gone); caches last, once pages have left a
     * removed module's views.
     */
    public void connect(ServletContext servletContext) {
        VaadinRoutes vaadinRoutes = new VaadinRoutes(servletContext);
        routes.addListener(vaadinRoutes);
        routes.addListener(openPages);
        routes.addListener(new ModuleClassRelease(() -> vaadinService));
        routes.views().forEach(v -> vaadinRoutes.added(null, List.of(v)));
    }

    /** Vaadin's service, known once it has started. */
    void serviceStarted(VaadinService service) {
        this.vaadinService = service;
    }

    public RouteBook routes() {
        return routes;
    }

    public OpenPages openPages() {
        return openPages;
    }

    public ModuleRegistry modules() {
        return modules;
    }
}
