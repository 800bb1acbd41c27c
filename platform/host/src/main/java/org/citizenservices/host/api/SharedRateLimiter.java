package org.citizenservices.host.api;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.service.Transactions;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The buckets of nodes that share a database, in the core's {@code API_RATE_BUCKET} table: each attempt reads its
 * client's row for update, so attempts from one address are counted once whichever node they reach.
 */
final class SharedRateLimiter implements RateLimiter {

    private final Rate rate;
    private final Supplier<Transactions> transactions;
    private final Clock clock;

    SharedRateLimiter(Rate rate, Supplier<Transactions> transactions, Clock clock) {
        this.rate = rate;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String client) {
        try {
            return transactions.get().writeBookkeeping(em -> take(em, client));
        } catch (RuntimeException firstAttemptRace) {
            // two nodes inserted the address's first bucket at once; the row is there now
            return transactions.get().writeBookkeeping(em -> take(em, client));
        }
    }

    private boolean take(EntityManager em, String client) {
        long now = clock.millis();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT TOKENS, UPDATED_MILLIS FROM API_RATE_BUCKET"
                + " WHERE CLIENT = ? FOR UPDATE").setParameter(1, client).getResultList();
        boolean known = !rows.isEmpty();
        Bucket bucket = known ? new Bucket(((Number) rows.get(0)[0]).doubleValue(),
                ((Number) rows.get(0)[1]).longValue()).refilled(rate, now) : Bucket.full(rate, now);
        boolean allowed = bucket.tokens() >= 1;
        Bucket after = allowed ? bucket.lessOne() : bucket;
        em.createNativeQuery(known
                        ? "UPDATE API_RATE_BUCKET SET TOKENS = ?, UPDATED_MILLIS = ? WHERE CLIENT = ?"
                        : "INSERT INTO API_RATE_BUCKET (TOKENS, UPDATED_MILLIS, CLIENT) VALUES (?, ?, ?)")
                .setParameter(1, after.tokens()).setParameter(2, after.updatedMillis()).setParameter(3, client)
                .executeUpdate();
        return allowed;
    }

    @Override
    public long retryAfterSeconds() {
        return rate.retryAfterSeconds();
    }

    @Override
    public void sweep() {
        long cutoff = clock.millis() - FORGET_AFTER_MILLIS;
        transactions.get().writeBookkeeping(em -> em.createNativeQuery(
                "DELETE FROM API_RATE_BUCKET WHERE UPDATED_MILLIS < ?").setParameter(1, cutoff).executeUpdate());
    }
}
