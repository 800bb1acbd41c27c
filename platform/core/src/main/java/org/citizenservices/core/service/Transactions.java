package org.citizenservices.core.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.function.Function;

/**
 * Runs a unit of work in one resource-local transaction: committed when it returns, rolled back when it throws.
 * Every committed write moves {@link #revision()} on, which is how caches of access facts know they are stale; the
 * audit trail writes through {@link #writeAudit} and leaves it alone, since an audit event changes no access.
 */
public final class Transactions {

    private final EntityManagerFactory factory;
    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

    public Transactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Moves on after every committed write that may change who may do what. */
    public long revision() {
        return revision.get();
    }

    public <T> T write(Function<EntityManager, T> work) {
        // moved on before as well as after: a cache filled while this write is in flight is stamped with a revision
        // that is already stale once it commits
        revision.incrementAndGet();
        try {
            return writeAudit(work);
        } finally {
            // also after a rollback: harmless, and a failed commit may still have changed what a cache saw
            revision.incrementAndGet();
        }
    }

    /** A write that changes nothing but the append-only audit trail. */
    public <T> T writeAudit(Function<EntityManager, T> work) {
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

    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
