package org.citizenservices.host.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The buckets of a node alone on its database, in memory. */
final class LocalRateLimiter implements RateLimiter {

    private final Rate rate;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LocalRateLimiter(Rate rate, Clock clock) {
        this.rate = rate;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String client) {
        boolean[] allowed = new boolean[1];
        buckets.compute(client, (c, held) -> {
            long now = clock.millis();
            Bucket bucket = (held == null ? Bucket.full(rate, now) : held).refilled(rate, now);
            allowed[0] = bucket.tokens() >= 1;
            return allowed[0] ? bucket.lessOne() : bucket;
        });
        return allowed[0];
    }

    @Override
    public long retryAfterSeconds() {
        return rate.retryAfterSeconds();
    }

    @Override
    public void sweep() {
        long cutoff = clock.millis() - FORGET_AFTER_MILLIS;
        buckets.values().removeIf(bucket -> bucket.updatedMillis() < cutoff);
    }
}
