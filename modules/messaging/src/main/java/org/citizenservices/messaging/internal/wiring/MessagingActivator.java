package org.citizenservices.messaging.internal.wiring;

import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the messaging capability; the host does the rest. The capability publishes the module's API
 * ({@link PracticeConversations}) while the host runs it.
 */
public final class MessagingActivator extends CapabilityActivator {

    @Override
    protected Capability capability(BundleContext context) {
        return new MessagingCapability(publishing(context, PracticeConversations.class));
    }
}
