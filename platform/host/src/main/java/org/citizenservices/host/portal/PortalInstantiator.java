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

    private static final String HOST_PACKAGE = "org.citizenservices.host.portal.";

    private final Portal portal;

    PortalInstantiator(VaadinService service, Portal portal) {
        super(service);
        this.portal = portal;
    }

    /** Adds the host's own service listeners to those Vaadin finds through the service loader. */
    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(new PortalSessions(portal)));
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (type.getName().startsWith(HOST_PACKAGE)) {
            // the host's own views and layout take the Portal through their constructor
            try {
                return type.cast(type.getConstructor(Portal.class).newInstance(portal));
            } catch (NoSuchMethodException noPortalConstructor) {
                return super.getOrCreate(type);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("Cannot create " + type.getName(), cause);
            }
        }
        Optional<Supplier<? extends Component>> factory = portal.routes().factoryFor(type);
        if (factory.isPresent()) {
            return type.cast(factory.get().get());
        }
        return super.getOrCreate(type);
    }
}
