package org.citizenservices.it.bundles;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packed into a test bundle whose start fails. */
public class ThrowingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("this activator always fails");
    }

    @Override
    public void stop(BundleContext context) {
    }
}
