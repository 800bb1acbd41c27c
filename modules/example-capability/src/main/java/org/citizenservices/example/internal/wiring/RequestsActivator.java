package org.citizenservices.example.internal.wiring;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityActivator;
import org.osgi.framework.BundleContext;

/** Registers the capability with the host: all the OSGi code a module needs. */
public final class RequestsActivator extends CapabilityActivator {

    @Override
    protected Capability capability(BundleContext context) {
        return new RequestsCapability();
    }
}
