package org.citizenservices.messaging.internal;

import org.citizenservices.spi.Capability;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the messaging capability; the host does the rest. */
public final class MessagingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new MessagingCapability(), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
