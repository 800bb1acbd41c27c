package org.citizenservices.core.api.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The two clocks of the core: instants stored in UTC, calendar dates (ages, association dates) in UK time. */
public final class Times {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private Times() {
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }
}
