package org.citizenservices.record.internal.wiring;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityActivator;
import org.osgi.framework.BundleContext;

/** Registers the View Record capability; the host does the rest. */
public final class RecordActivator extends CapabilityActivator {

    @Override
    protected Capability capability(BundleContext context) {
        return new RecordCapability();
    }
}
