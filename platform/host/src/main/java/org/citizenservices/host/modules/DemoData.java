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

    public static DemoData off() {
        return new DemoData(false, nhs -> Optional.empty(), (service, nhs) -> { });
    }
}
