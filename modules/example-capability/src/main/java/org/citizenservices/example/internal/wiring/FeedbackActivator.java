package org.citizenservices.example.internal.wiring;

import org.citizenservices.spi.Capability;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the capability; the host does everything else. Unregistration happens when the bundle stops. */
public final class FeedbackActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new FeedbackCapability(), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
