package org.citizenservices.host.api;

/**
 * A token bucket per client address for the calls that try credentials (linkage, opening a session): a burst, then a
 * steady rate per minute. Enough for a real app retrying; far too slow to walk through account IDs. On one node the
 * buckets live in memory ({@link LocalRateLimiter}); when nodes share the database they live in it
 * ({@link SharedRateLimiter}), so spreading attempts over the nodes gains an attacker nothing.
 */
interface RateLimiter {

    /** Whether this client may make one more such call now. */
    boolean tryAcquire(String client);

    /** Seconds until a token is back, for {@code Retry-After}. */
    long retryAfterSeconds();

    /** Forgets clients quiet for ten minutes (their buckets are full again anyway). */
    void sweep();

    long FORGET_AFTER_MILLIS = 600_000;

    /** The bucket's arithmetic, the same wherever the bucket is kept: its tokens at a moment. */
    record Bucket(double tokens, long updatedMillis) {

        static Bucket full(Rate rate, long nowMillis) {
            return new Bucket(rate.burst(), nowMillis);
        }

        /** The bucket refilled up to now; {@link #tokens()} ≥ 1 means a call may go ahead. */
        Bucket refilled(Rate rate, long nowMillis) {
            return new Bucket(Math.min(rate.burst(), tokens + (nowMillis - updatedMillis) * rate.perMinute() / 60_000.0),
                    nowMillis);
        }

        Bucket lessOne() {
            return new Bucket(tokens - 1, updatedMillis);
        }
    }

    record Rate(int perMinute, int burst) {

        long retryAfterSeconds() {
            return Math.max(1, (long) Math.ceil(60.0 / perMinute));
        }
    }
}
