package org.citizenservices.host.api;

import jakarta.persistence.EntityManagerFactory;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * A token bucket per client address for the calls that try credentials (linkage, opening a session): a burst, then a
 * steady rate per minute. Enough for a real app retrying; far too slow to walk through account IDs. On one node the
 * buckets live in memory ({@link LocalRateLimiter}); when nodes share the database they live in it
 * ({@link SharedRateLimiter}), so spreading attempts over the nodes gains an attacker nothing. The portal's sign-in
 * and account set-up use the same buckets, under their own client keys.
 */
public interface RateLimiter {

    /** In the database when other nodes share it, else in this node's memory. */
    static RateLimiter forNodes(Rate rate, boolean sharedDatabase, Supplier<EntityManagerFactory> hostTables,
                                Clock clock) {
        return sharedDatabase ? new SharedRateLimiter(rate, hostTables, clock) : new LocalRateLimiter(rate, clock);
    }

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

        /** A steady {@code perMinute} after a burst of a third of it (at least 5). */
        public static Rate perMinute(int perMinute) {
            return new Rate(perMinute, Math.max(5, perMinute / 3));
        }

        long retryAfterSeconds() {
            return Math.max(1, (long) Math.ceil(60.0 / perMinute));
        }
    }
}
