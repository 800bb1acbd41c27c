package org.citizenservices.appointments.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Moves on with every change to the appointment book, so what is read from it can be kept until it changes. It
 * moves before the change as well as after: anything read while a change is in flight is already stale when it
 * commits.
 */
final class BookRevision {

    private final AtomicLong revision = new AtomicLong();

    long current() {
        return revision.get();
    }

    <T> T around(Supplier<T> change) {
        revision.incrementAndGet();
        try {
            return change.get();
        } finally {
            revision.incrementAndGet();
        }
    }
}
