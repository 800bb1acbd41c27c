package org.citizenservices.prescriptions.internal.wiring;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityActivator;
import org.osgi.framework.BundleContext;

/** Registers the prescription ordering capability; the host does the rest. */
public final class PrescriptionsActivator extends CapabilityActivator {

    @Override
    protected Capability capability(BundleContext context) {
        return new PrescriptionsCapability();
    }
}
