package org.citizenservices.appointments.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The module's published API as an OSGi service while the capability runs: registered when the host has started
 * the capability (tables migrated, book open) and withdrawn when it stops, so that no other module keeps calling a
 * book whose database unit is closed.
 */
final class PublishedService<T> {

    private final BundleContext bundle;
    private final Class<T> type;
    private ServiceRegistration<T> registration;

    private PublishedService(BundleContext bundle, Class<T> type) {
        this.bundle = bundle;
        this.type = type;
    }

    /** Publishes in the bundle's framework. */
    static <T> PublishedService<T> in(BundleContext bundle, Class<T> type) {
        return new PublishedService<>(bundle, type);
    }

    /** Publishes nowhere: a capability constructed without a bundle, as its unit tests do. */
    static <T> PublishedService<T> nowhere(Class<T> type) {
        return new PublishedService<>(null, type);
    }

    synchronized void publish(T service) {
        withdraw();
        if (bundle != null) {
            registration = bundle.registerService(type, service, null);
        }
    }

    synchronized void withdraw() {
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

    synchronized boolean published() {
        return registration != null;
    }
}
