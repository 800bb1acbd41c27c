package org.citizenservices.spi;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.function.Function;

/**
 * The two ways a capability's service touches its tables: a read with an entity manager of its own, and a write in
 * one transaction (committed when the work returns, rolled back when it throws). The entity manager is always closed.
 *
 * @since 1.4
 */
public final class UnitsOfWork {

    private UnitsOfWork() {
    }

    public static <T> T read(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    public static <T> T write(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
