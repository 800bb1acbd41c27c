package org.citizenservices.spi.testing;

import org.citizenservices.spi.PracticeTime;

import java.time.Clock;
import java.time.Instant;

/** The practice's clock stopped at one moment, so that every module's tests read dates the same way. */
public final class TestClock {

    /** Thursday 26 November 2026, 10:00 in the practice's zone. */
    public static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), PracticeTime.ZONE);

    private TestClock() {
    }
}
