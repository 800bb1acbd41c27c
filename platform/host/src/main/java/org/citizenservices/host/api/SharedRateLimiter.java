package org.citizenservices.host.api;

import jakarta.persistence.EntityManagerFactory;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * The buckets of nodes that share a database, in the host's {@code API_RATE_BUCKET} table ({@link RateBucketTable}):
 * each attempt reads its client's row for update, so attempts from one address are counted once whichever node they
 * reach.
 */
final class SharedRateLimiter implements RateLimiter {

    private final Rate rate;
    private final RateBucketTable table;
    private final Clock clock;

    SharedRateLimiter(Rate rate, Supplier<EntityManagerFactory> hostTables, Clock clock) {
        this.rate = rate;
        this.table = new RateBucketTable(hostTables);
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String client) {
        try {
            return take(client);
        } catch (RuntimeException firstAttemptRace) {
            // two nodes inserted the address's first bucket at once; the row is there now
            return take(client);
        }
    }

    private boolean take(String client) {
        return table.update(client, held -> {
            long now = clock.millis();
            Bucket bucket = held.map(b -> b.refilled(rate, now)).orElseGet(() -> Bucket.full(rate, now));
            boolean allowed = bucket.tokens() >= 1;
            return new RateBucketTable.Changed<>(allowed ? bucket.lessOne() : bucket, allowed);
        });
    }

    @Override
    public long retryAfterSeconds() {
        return rate.retryAfterSeconds();
    }

    @Override
    public void sweep() {
        table.deleteUpdatedBefore(clock.millis() - FORGET_AFTER_MILLIS);
    }
}
