package org.citizenservices.appointments.internal.wiring;

import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.PublishedService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the appointments capability; the host does the rest. The capability publishes the module's API
 * ({@link PatientAppointments}) while the host runs it.
 */
public final class AppointmentsActivator implements BundleActivator {

    private PublishedService<PatientAppointments> published;

    @Override
    public void start(BundleContext context) {
        published = PublishedService.in(context, PatientAppointments.class);
        context.registerService(Capability.class, new AppointmentsCapability(published), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the API goes before the capability, so no caller reaches a book that is closing; the framework
        // unregisters the capability
        published.withdraw();
    }
}
