package org.citizenservices.host.modules;

import org.citizenservices.spi.CitizenService;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Whether the host runs with {@code --demo}, and then the demo's patients by NHS number and its offer of a
 * capability's service (the core's {@code DemoOffers}), for the capabilities' contexts.
 */
public record DemoData(boolean on, Function<String, Optional<Long>> patients,
                       BiConsumer<CitizenService, Set<String>> offers) {

    /** The demo's hooks on the core, which they ask for only when a capability seeds: it may still be opening. */
    public static DemoData ofCore(boolean on, java.util.function.Supplier<org.citizenservices.core.Core> core) {
        return new DemoData(on, nhs -> core.get().patients().demoPatientId(nhs),
                (service, nhs) -> core.get().demoOffers().offer(service, nhs));
    }

    public static DemoData off() {
        return new DemoData(false, nhs -> Optional.empty(), (service, nhs) -> { });
    }
}
