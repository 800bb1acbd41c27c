package org.citizenservices.messaging.internal.wiring;

import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.PublishedService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the messaging capability; the host does the rest. The capability publishes the module's API
 * ({@link PracticeConversations}) while the host runs it.
 */
public final class MessagingActivator implements BundleActivator {

    private PublishedService<PracticeConversations> published;

    @Override
    public void start(BundleContext context) {
        published = PublishedService.in(context, PracticeConversations.class);
        context.registerService(Capability.class, new MessagingCapability(published), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the API goes before the capability, so no caller reaches messages that are closing; the framework
        // unregisters the capability
        published.withdraw();
    }
}
