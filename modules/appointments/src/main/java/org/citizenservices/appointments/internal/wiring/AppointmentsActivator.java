package org.citizenservices.appointments.internal.wiring;

import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the appointments capability; the host does the rest. The capability publishes the module's API
 * ({@link PatientAppointments}) while the host runs it.
 */
public final class AppointmentsActivator extends CapabilityActivator {

    @Override
    protected Capability capability(BundleContext context) {
        return new AppointmentsCapability(publishing(context, PatientAppointments.class));
    }
}
