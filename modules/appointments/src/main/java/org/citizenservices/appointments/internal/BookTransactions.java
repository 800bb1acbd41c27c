package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.Revision;
import org.citizenservices.spi.UnitsOfWork;

import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Units of work on the appointment book. A write moves the book's {@link Revision} on, and is tried again (up to three
 * times) when the database refuses it for a conflict with a parallel write — a deadlock, a lock timeout, or a
 * duplicate key from two first bookings of one patient at once; a rule it breaks ends it at once.
 */
final class BookTransactions {

    private static final int ATTEMPTS = 3;

    /**
     * How many writes are in the database at once. A rush of bookings queues here, first come first served, instead
     * of in the database, where two hundred transactions on two cores wait on each other's page latches.
     */
    private static final int LANES = Integer.getInteger("citizen.appointments.writeLanes", 2);

    private final EntityManagerFactory factory;
    private final Revision revision;
    private final Semaphore lanes = new Semaphore(LANES, true);

    BookTransactions(EntityManagerFactory factory, Revision revision) {
        this.factory = factory;
        this.revision = revision;
    }

    <T> T write(Function<EntityManager, T> work) {
        lanes.acquireUninterruptibly();
        try {
            return revise(work);
        } finally {
            lanes.release();
        }
    }

    private <T> T revise(Function<EntityManager, T> work) {
        return revision.around(() -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return once(work);
                } catch (RuntimeException e) {
                    if (attempt == ATTEMPTS || !conflict(e)) {
                        throw e;
                    }
                }
            }
        });
    }

    <T> T read(Function<EntityManager, T> work) {
        return UnitsOfWork.read(factory, work);
    }

    private <T> T once(Function<EntityManager, T> work) {
        return UnitsOfWork.write(factory, work);
    }

    /** Whether the database refused for a clash with another transaction (SQL states 40xxx, or 23505). */
    static boolean conflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("23505"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
