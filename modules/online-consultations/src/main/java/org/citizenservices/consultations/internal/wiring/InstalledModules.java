package org.citizenservices.consultations.internal.wiring;

import org.citizenservices.consultations.internal.OptionalModules;
import org.citizenservices.spi.OptionalService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;

/**
 * The messaging and appointments modules' published APIs while they are installed. Their types are named only in
 * {@link MessagingConversations} and {@link AppointmentBooking}, loaded when a service is there to adapt.
 */
final class InstalledModules implements OptionalModules {

    private static final Logger LOG = LoggerFactory.getLogger(InstalledModules.class);

    private final OptionalService messaging;
    private final OptionalService appointments;

    InstalledModules(OptionalService messaging, OptionalService appointments) {
        this.messaging = messaging;
        this.appointments = appointments;
    }

    @Override
    public Optional<Conversations> conversations() {
        return adapted(messaging, MessagingConversations::of);
    }

    @Override
    public Optional<Booking> booking() {
        return adapted(appointments, AppointmentBooking::of);
    }

    private static <T> Optional<T> adapted(OptionalService service, Function<Object, T> adapter) {
        return service.current().flatMap(found -> {
            try {
                return Optional.of(adapter.apply(found));
            } catch (LinkageError | ClassCastException wiredElsewhere) {
                // a version this bundle cannot see (until the framework refreshes it): do without, as if absent
                LOG.warn("An installed module's API is not usable by online consultations: {}",
                        wiredElsewhere.toString());
                return Optional.empty();
            }
        });
    }
}
