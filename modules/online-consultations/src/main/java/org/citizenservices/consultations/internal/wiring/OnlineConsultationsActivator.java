package org.citizenservices.consultations.internal.wiring;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityActivator;
import org.osgi.framework.BundleContext;

/** Registers the capability with the host, and follows the modules an outcome may go through. */
public final class OnlineConsultationsActivator extends CapabilityActivator {

    @Override
    protected Capability capability(BundleContext context) {
        return new OnlineConsultationsCapability(new InstalledModules(
                using(context, "org.citizenservices.messaging.PracticeConversations"),
                using(context, "org.citizenservices.appointments.PatientAppointments")));
    }
}
