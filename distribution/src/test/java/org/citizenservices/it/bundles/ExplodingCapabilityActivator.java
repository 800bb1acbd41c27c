package org.citizenservices.it.bundles;

import org.citizenservices.spi.Area;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import java.util.List;

/** Packed into a test bundle with {@link ExplodingView}. */
public class ExplodingCapabilityActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new TestCapability("exploding", "EXPLODING", "Exploding",
                List.of(new ViewContribution("exploding", ExplodingView.class, Area.CITIZEN, "Exploding", 1,
                        Role.CITIZEN, null))), null);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
