package org.citizenservices.prescriptions.internal.wiring;

import org.citizenservices.spi.Capability;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the prescription ordering capability; the host does the rest. */
public final class PrescriptionsActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new PrescriptionsCapability(), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
