package org.citizenservices.spi;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import java.util.Optional;

/**
 * Another module's published API that a capability uses when that module is installed and does without when it is
 * not: tracked by the API's class name, so the capability's own classes never load the other module's types until
 * the service is there. The bundle imports the API's package with {@code DynamicImport-Package}, so that a module
 * installed after this one is still found; cast the service only in a class of its own that names the API.
 *
 * <pre>{@code
 * // activator
 * OptionalService messaging = using(context, "org.citizenservices.messaging.PracticeConversations");
 * // where it is used
 * messaging.current().map(service -> new MessagingReplies((PracticeConversations) service))
 * }</pre>
 *
 * @since 1.16
 */
public final class OptionalService {

    private final ServiceTracker<Object, Object> tracker;

    private OptionalService(ServiceTracker<Object, Object> tracker) {
        this.tracker = tracker;
    }

    /** Starts tracking the API in the bundle's framework; {@link #close} it when the bundle stops. */
    public static OptionalService track(BundleContext context, String apiClassName) {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, apiClassName, null);
        tracker.open();
        return new OptionalService(tracker);
    }

    /** Tracks nothing: a capability constructed without a bundle, as its unit tests do. */
    public static OptionalService absent() {
        return new OptionalService(null);
    }

    /** The published service while its module runs; empty when it is not installed, stopped or being replaced. */
    public Optional<Object> current() {
        return tracker == null ? Optional.empty() : Optional.ofNullable(tracker.getService());
    }

    public void close() {
        if (tracker != null) {
            tracker.close();
        }
    }
}
