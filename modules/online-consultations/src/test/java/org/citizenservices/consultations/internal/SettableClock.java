package org.citizenservices.consultations.internal;

import org.citizenservices.spi.PracticeTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The practice's clock at a moment the test chooses, moved on as the test goes. */
final class SettableClock extends Clock {

    private volatile Instant now;

    SettableClock(String practiceTime) {
        set(practiceTime);
    }

    void set(String practiceTime) {
        now = LocalDateTime.parse(practiceTime).atZone(PracticeTime.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return PracticeTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the practice's zone only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
