package org.citizenservices.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A number that moves on with every change to something a node caches, so the cache knows when it is stale: the
 * core's access facts, a module's free slots. On one node it is a counter in memory; when nodes share a PostgreSQL
 * database it is a sequence in it — a sequence moves on outside transactions and every session sees its last value
 * at once, so a change committed on one node makes every node's cache stale before its next read, and no row is
 * locked by every write.
 */
public interface Revision {

    long current();

    void moveOn();

    static Revision inMemory() {
        AtomicLong counter = new AtomicLong();
        return new Revision() {
            @Override
            public long current() {
                return counter.get();
            }

            @Override
            public void moveOn() {
                counter.incrementAndGet();
            }
        };
    }

    /**
     * The revision kept in the sequence {@code name} of the unit's schema, created if it is not there yet (by this
     * or another node). Only for a {@link Database#shared() shared} database, which is PostgreSQL.
     */
    static Revision inDatabase(EntityManagerFactory factory, String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,50}")) {
            throw new IllegalArgumentException("a revision's name is letters, digits and '_', not '" + name + "'");
        }
        Function<Function<EntityManager, Object>, Object> inTransaction = work -> {
            EntityManager em = factory.createEntityManager();
            try {
                em.getTransaction().begin();
                Object result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        };
        String create = "CREATE SEQUENCE IF NOT EXISTS " + name + " AS BIGINT";
        try {
            inTransaction.apply(em -> em.createNativeQuery(create).executeUpdate());
        } catch (RuntimeException createdByAnotherNodeMeanwhile) {
            // IF NOT EXISTS does not stop two nodes creating it in the same instant; the loser finds it made
            inTransaction.apply(em -> em.createNativeQuery(create).executeUpdate());
        }
        String current = "SELECT last_value FROM " + name;
        String next = "SELECT nextval('" + name + "')";
        return new Revision() {
            @Override
            public long current() {
                return ((Number) inTransaction.apply(em -> em.createNativeQuery(current).getSingleResult()))
                        .longValue();
            }

            @Override
            public void moveOn() {
                inTransaction.apply(em -> em.createNativeQuery(next).getSingleResult());
            }
        };
    }
}
