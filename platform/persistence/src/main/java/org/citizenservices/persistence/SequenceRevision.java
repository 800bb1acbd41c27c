package org.citizenservices.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.Revision;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The SPI's {@link Revision} kept in a sequence of a unit's schema, for a {@link Database#shared() shared} database
 * (PostgreSQL): a sequence moves on outside transactions and every session sees its last value at once, so a change
 * committed on one node makes every node's cache stale before its next read, and no row is locked by every write.
 * On one node {@link Revision#inMemory()} serves instead.
 */
public final class SequenceRevision implements Revision {

    private final EntityManagerFactory factory;
    private final String current;
    private final String next;

    private SequenceRevision(EntityManagerFactory factory, String name) {
        this.factory = factory;
        this.current = "SELECT last_value FROM " + name;
        this.next = "SELECT nextval('" + name + "')";
    }

    /** The revision in the sequence {@code name} of the unit's schema, created if it is not there yet (by any node). */
    public static Revision of(EntityManagerFactory factory, String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0,50}")) {
            throw new IllegalArgumentException("a revision's name is letters, digits and '_', not '" + name + "'");
        }
        SequenceRevision revision = new SequenceRevision(factory, name);
        String create = "CREATE SEQUENCE IF NOT EXISTS " + name + " AS BIGINT";
        try {
            revision.inTransaction(em -> em.createNativeQuery(create).executeUpdate());
        } catch (RuntimeException createdByAnotherNodeMeanwhile) {
            // IF NOT EXISTS does not stop two nodes creating it in the same instant; the loser finds it made
            revision.inTransaction(em -> em.createNativeQuery(create).executeUpdate());
        }
        return revision;
    }

    @Override
    public long current() {
        return ((Number) inTransaction(em -> em.createNativeQuery(current).getSingleResult())).longValue();
    }

    @Override
    public <T> T around(Supplier<T> change) {
        moveOn();
        try {
            return change.get();
        } finally {
            moveOn();
        }
    }

    private void moveOn() {
        inTransaction(em -> em.createNativeQuery(next).getSingleResult());
    }

    private Object inTransaction(Function<EntityManager, Object> work) {
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
    }
}
