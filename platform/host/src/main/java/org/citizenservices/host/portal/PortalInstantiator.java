package org.citizenservices.host.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Creates the host's own views with the {@link Portal} they need, and a capability's views with the factory it
 * declared, so views get their services through constructors instead of static look-ups.
 */
final class PortalInstantiator extends DefaultInstantiator {

    private final Portal portal;

    PortalInstantiator(VaadinService service, Portal portal) {
        super(service);
        this.portal = portal;
    }

    /** Adds the host's own service listeners to those Vaadin finds through the service loader. */
    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(new PortalSessions()));
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (type == MainLayout.class) {
            return type.cast(new MainLayout(portal));
        }
        if (type == HomeView.class) {
            return type.cast(new HomeView(portal));
        }
        Optional<Supplier<? extends Component>> factory = portal.routes().factoryFor(type);
        if (factory.isPresent()) {
            return type.cast(factory.get().get());
        }
        return super.getOrCreate(type);
    }
}
