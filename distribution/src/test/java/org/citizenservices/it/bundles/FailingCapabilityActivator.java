package org.citizenservices.it.bundles;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ViewContribution;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import java.util.List;

/** Packed into a test bundle whose capability throws in {@link Capability#start(CapabilityContext)}. */
public class FailingCapabilityActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new Capability() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public CitizenService service() {
                return new CitizenService("FAILING");
            }

            @Override
            public String displayName() {
                return "Failing capability";
            }

            @Override
            public List<ViewContribution> views() {
                return List.of();
            }

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
