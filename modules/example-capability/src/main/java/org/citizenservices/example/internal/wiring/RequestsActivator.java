package org.citizenservices.example.internal.wiring;

import org.citizenservices.spi.Capability;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the capability with the host: all the OSGi code a module needs. */
public final class RequestsActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new RequestsCapability(), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service; the host then removes the views and routes
    }
}
