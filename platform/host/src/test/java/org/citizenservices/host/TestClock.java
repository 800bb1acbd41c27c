package org.citizenservices.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (sessions idle out, buckets refill, retries come due), in UTC. */
public final class TestClock extends Clock {

    // read by the threads under test, moved by the test's own
    private volatile Instant now;

    public TestClock(String start) {
        this.now = Instant.parse(start);
    }

    /** Moves the clock on, or back with a negative duration. */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
