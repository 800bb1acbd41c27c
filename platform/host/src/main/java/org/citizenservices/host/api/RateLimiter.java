package org.citizenservices.host.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the calls that try credentials (linkage, opening a session): a burst, then a
 * steady rate per minute. Enough for a real app retrying; far too slow to walk through account IDs.
 */
final class RateLimiter {

    private final int perMinute;
    private final int burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int burst, Clock clock) {
        this.perMinute = perMinute;
        this.burst = burst;
        this.clock = clock;
    }

    private final class Bucket {
        private double tokens = burst;
        private long updatedMillis = clock.millis();

        synchronized boolean take() {
            long now = clock.millis();
            tokens = Math.min(burst, tokens + (now - updatedMillis) * perMinute / 60_000.0);
            updatedMillis = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean idleSince(long millis) {
            return updatedMillis < millis;
        }
    }

    /** Whether this client may make one more such call now. */
    boolean tryAcquire(String client) {
        return buckets.computeIfAbsent(client, c -> new Bucket()).take();
    }

    /** Seconds until a token is back, for {@code Retry-After}. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(60.0 / perMinute));
    }

    /** Forgets clients quiet for ten minutes (their buckets are full again anyway). */
    void sweep() {
        long cutoff = clock.millis() - 600_000;
        buckets.values().removeIf(bucket -> bucket.idleSince(cutoff));
    }
}
