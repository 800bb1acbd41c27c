package org.citizenservices.spi;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A capability bundle's {@code Bundle-Activator}: registers the one {@link Capability} the bundle makes, and
 * withdraws the APIs it {@link #publishing publishes} when the bundle stops. Every module's activator did exactly
 * this; extending this class leaves a module only the line that makes its capability.
 *
 * <pre>{@code
 * public final class AppointmentsActivator extends CapabilityActivator {
 *     protected Capability capability(BundleContext context) {
 *         return new AppointmentsCapability(publishing(context, PatientAppointments.class));
 *     }
 * }
 * }</pre>
 *
 * @since 1.10
 */
public abstract class CapabilityActivator implements BundleActivator {

    private final List<PublishedService<?>> published = new ArrayList<>();
    private final List<OptionalService> used = new ArrayList<>();

    /** Makes the bundle's capability; called once per bundle start, cheap (the work is in its start). */
    protected abstract Capability capability(BundleContext context);

    /** An API the capability publishes while it runs, withdrawn again when the bundle stops. */
    protected final synchronized <T> PublishedService<T> publishing(BundleContext context, Class<T> api) {
        PublishedService<T> service = PublishedService.in(context, api);
        published.add(service);
        return service;
    }

    /**
     * Another module's published API the capability uses when that module is installed, tracked until the bundle
     * stops.
     *
     * @since 1.16
     */
    protected final synchronized OptionalService using(BundleContext context, String apiClassName) {
        OptionalService service = OptionalService.track(context, apiClassName);
        used.add(service);
        return service;
    }

    @Override
    public final void start(BundleContext context) {
        context.registerService(Capability.class, capability(context), null);
    }

    @Override
    public final synchronized void stop(BundleContext context) {
        // the APIs go before the capability, so no other module reaches a service that is closing; the framework
        // unregisters the capability itself
        published.forEach(PublishedService::withdraw);
        published.clear();
        used.forEach(OptionalService::close);
        used.clear();
    }
}
