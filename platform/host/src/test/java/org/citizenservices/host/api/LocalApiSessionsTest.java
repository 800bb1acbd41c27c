package org.citizenservices.host.api;

import java.time.Clock;

/** The contract, for one node's sessions and buckets in memory. */
class LocalApiSessionsTest extends ApiSessionsContract {
    @Override
    ApiSessions sessions(Clock clock) {
        return new LocalApiSessions(clock);
    }

    @Override
    RateLimiter limiter(RateLimiter.Rate rate, Clock clock) {
        return new LocalRateLimiter(rate, clock);
    }
}

