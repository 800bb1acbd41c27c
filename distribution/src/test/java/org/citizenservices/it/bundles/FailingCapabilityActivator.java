package org.citizenservices.it.bundles;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import java.util.List;

/** Packed into a test bundle whose capability throws in {@link Capability#start(CapabilityContext)}. */
public class FailingCapabilityActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new TestCapability("failing", "FAILING", "Failing capability",
                List.of()) {
            @Override
            public void start(CapabilityContext capabilityContext) {
                throw new IllegalStateException("cannot reach the prescribing system");
            }
        }, null);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
