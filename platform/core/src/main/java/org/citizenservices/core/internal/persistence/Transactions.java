package org.citizenservices.core.internal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.Revision;
import org.citizenservices.spi.UnitsOfWork;

import java.util.function.Function;

/**
 * Runs a unit of work in one resource-local transaction (the SPI's {@link UnitsOfWork}, as every module does):
 * committed when it returns, rolled back when it throws.
 * Every committed write moves {@link #revision()} on, which is how caches of access facts know they are stale; the
 * audit trail writes through {@link #writeAudit} and leaves it alone, since an audit event changes no access.
 *
 * <p>On one node the revision is a counter in memory. When other nodes share the database it is a sequence in the
 * database, so a write on one node makes every node's caches stale.
 */
public final class Transactions {

    private final EntityManagerFactory factory;
    private final Revision revision;

    /** Transactions for one node alone on its database. */
    public Transactions(EntityManagerFactory factory) {
        this(factory, Revision.inMemory());
    }

    public Transactions(EntityManagerFactory factory, Revision revision) {
        this.factory = factory;
        this.revision = revision;
    }

    /** Moves on after every committed write that may change who may do what. */
    public long revision() {
        return revision.current();
    }

    public <T> T write(Function<EntityManager, T> work) {
        // moved on before as well as after: a cache filled while this write is in flight is stamped with a revision
        // that is already stale once it commits; also after a rollback, harmless, as a failed commit may still have
        // changed what a cache saw
        return revision.around(() -> writeAudit(work));
    }

    /**
     * A write that changes no one's access: the host's bookkeeping of patient-API sessions and credential attempts.
     * Caches of access facts stay valid across it.
     */
    public <T> T writeBookkeeping(Function<EntityManager, T> work) {
        return writeAudit(work);
    }

    /** A write that changes nothing but the append-only audit trail. */
    public <T> T writeAudit(Function<EntityManager, T> work) {
        return UnitsOfWork.write(factory, work);
    }

    public <T> T read(Function<EntityManager, T> work) {
        return UnitsOfWork.read(factory, work);
    }
}
