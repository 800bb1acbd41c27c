package org.citizenservices.host.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.host.persistence.HostSchema;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The host's {@code API_RATE_BUCKET} table (schema {@code HOST}, {@code db/migration/host/}): the only class that
 * knows its SQL. Its writes are bookkeeping, which leaves the core's revision alone.
 */
final class RateBucketTable {

    private static final String TABLE = HostSchema.NAME + ".API_RATE_BUCKET";

    private final Supplier<EntityManagerFactory> hostTables;

    RateBucketTable(Supplier<EntityManagerFactory> hostTables) {
        this.hostTables = hostTables;
    }

    /**
     * Runs {@code change} on the client's bucket (empty when it has none yet) in one transaction, holding the row
     * locked, and stores the bucket it returns.
     */
    <T> T update(String client, Function<Optional<RateLimiter.Bucket>, Changed<T>> change) {
        return UnitsOfWork.write(hostTables.get(), em -> {
            Optional<RateLimiter.Bucket> held = lockedBucket(em, client);
            Changed<T> changed = change.apply(held);
            em.createNativeQuery(held.isPresent()
                            ? "UPDATE " + TABLE + " SET TOKENS = ?, UPDATED_MILLIS = ? WHERE CLIENT = ?"
                            : "INSERT INTO " + TABLE + " (TOKENS, UPDATED_MILLIS, CLIENT) VALUES (?, ?, ?)")
                    .setParameter(1, changed.bucket().tokens()).setParameter(2, changed.bucket().updatedMillis())
                    .setParameter(3, client).executeUpdate();
            return changed.result();
        });
    }

    /** A bucket to store and what to answer. */
    record Changed<T>(RateLimiter.Bucket bucket, T result) {
    }

    void deleteUpdatedBefore(long cutoffMillis) {
        UnitsOfWork.write(hostTables.get(), em -> em.createNativeQuery("DELETE FROM " + TABLE
                + " WHERE UPDATED_MILLIS < ?").setParameter(1, cutoffMillis).executeUpdate());
    }

    private static Optional<RateLimiter.Bucket> lockedBucket(EntityManager em, String client) {
        List<?> rows = em.createNativeQuery("SELECT TOKENS, UPDATED_MILLIS FROM " + TABLE
                + " WHERE CLIENT = ? FOR UPDATE").setParameter(1, client).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new RateLimiter.Bucket(
                ((Number) row[0]).doubleValue(), ((Number) row[1]).longValue()));
    }
}
