package org.citizenservices.spi;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A module's published API as an OSGi service exactly while the host runs its capability: the capability
 * {@link #publish publishes} it at the end of {@link Capability#start} (tables migrated, services open) and
 * {@link #withdraw withdraws} it in {@link Capability#stop}, so that no other module keeps calling a service whose
 * database unit is closed. The bundle's activator withdraws it too when the bundle stops, because the framework may
 * stop the bundle before the host stops the capability.
 *
 * <pre>{@code
 * // activator
 * published = PublishedService.in(context, PatientAppointments.class);
 * context.registerService(Capability.class, new AppointmentsCapability(published), null);
 * }</pre>
 *
 * @param <T> the published API's type
 * @since 1.9
 */
public final class PublishedService<T> {

    private final BundleContext bundle;
    private final Class<T> type;
    private ServiceRegistration<T> registration;

    private PublishedService(BundleContext bundle, Class<T> type) {
        this.bundle = bundle;
        this.type = type;
    }

    /** Publishes in the bundle's framework. */
    public static <T> PublishedService<T> in(BundleContext bundle, Class<T> type) {
        return new PublishedService<>(bundle, type);
    }

    /** Publishes nowhere: a capability constructed without a bundle, as its unit tests do. */
    public static <T> PublishedService<T> nowhere(Class<T> type) {
        return new PublishedService<>(null, type);
    }

    /** Registers {@code service} as the API, in place of the one published before, if any. */
    public synchronized void publish(T service) {
        withdraw();
        if (bundle != null) {
            registration = bundle.registerService(type, service, null);
        }
    }

    /** Unregisters the API; nothing happens if it is not published. */
    public synchronized void withdraw() {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregisters a stopping bundle's services itself, possibly before the host stops us
        }
        registration = null;
    }

    /** Whether the API is registered now. */
    public synchronized boolean published() {
        return registration != null;
    }
}
