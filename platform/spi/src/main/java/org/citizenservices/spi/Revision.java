package org.citizenservices.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A number that moves on with every change to something a module keeps in memory (a day's free slots, say), so
 * what was read can be served until the number moves. Ask the host for one ({@link CapabilityContext#revision}):
 * on one node it counts in memory; when several nodes share the database it lives in the database, so a change
 * made through one node makes every node's copy stale before its next read. A module that kept its own counter
 * would serve stale data on every other node.
 *
 * @since 1.5
 */
@ProviderType
public interface Revision {

    /** The revision now; compare it with the one a cached value was read at. */
    long current();

    /**
     * Runs a change, moving the revision on before it as well as after it: anything read while the change is in
     * flight is already stale when it commits. Also after a change that fails, which is harmless.
     */
    <T> T around(Supplier<T> change);

    /** A revision in memory: for a module's own tests, and what the host gives on a single node. */
    static Revision inMemory() {
        AtomicLong counter = new AtomicLong();
        return new Revision() {
            @Override
            public long current() {
                return counter.get();
            }

            @Override
            public <T> T around(Supplier<T> change) {
                counter.incrementAndGet();
                try {
                    return change.get();
                } finally {
                    counter.incrementAndGet();
                }
            }
        };
    }
}
