package org.citizenservices.host.modules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.runtime.ObjectMethods;

/**
 * Releases the one module class the JDK's record support may still hold after the module is gone.
 *
 * <p>Java 17's {@code ObjectMethods} builds every record's {@code equals} from one shared static method handle, and
 * that handle caches its latest {@code asType} result — whose type names the last record class bootstrapped. If that
 * was a removed module's record (Vaadin's grid compares items with {@code equals}), its whole bundle class loader
 * stays reachable. Bootstrapping {@code equals} for a host record replaces the cached entry. Later JDKs no longer
 * cache across class loaders this way.
 */
final class RecordHandleCache {

    private static final Logger LOG = LoggerFactory.getLogger(RecordHandleCache.class);

    private record Placeholder() {
    }

    private RecordHandleCache() {
    }

    static void release() {
        try {
            ObjectMethods.bootstrap(MethodHandles.lookup(), "equals",
                    MethodType.methodType(boolean.class, Placeholder.class, Object.class), Placeholder.class, "");
        } catch (Throwable e) {
            LOG.debug("Could not refresh the JDK's record method-handle cache: {}", e.toString());
        }
    }
}
