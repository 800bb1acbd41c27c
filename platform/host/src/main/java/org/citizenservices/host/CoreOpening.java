package org.citizenservices.host;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.host.persistence.HostSchema;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CitizenService;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Opens the database, the persistence libraries and the core on other threads while Jetty and Vaadin start, in four
 * steps the host can wait for: the database (with the libraries warmed up); the core, its and the host's schemas
 * migrated; the core ready with the demo's people seeded; the demo's portal sign-ins registered. Capabilities may
 * start migrating after the second step, so their schema changes run while the demo seeds instead of before the
 * core's own (one schema change at a time, the core's first), and seed their demo data during the fourth.
 */
final class CoreOpening {

    private final CompletableFuture<ModulePersistence> persistence;
    private final CompletableFuture<Core> opened = new CompletableFuture<>();
    private final CompletableFuture<Core> ready;
    private final CompletableFuture<Void> demoSignIns = new CompletableFuture<>();
    private volatile Database database;

    /** Starts opening; {@code ready} completes (or fails) with the core once the demo's people, if asked for, are in. */
    CoreOpening(HostOptions options, Supplier<Set<CitizenService>> installedServices, CompletableFuture<Core> ready) {
        this.ready = ready;
        SecretHasher hasher = SecretHasher.recommended(); // its decoy hash is made while the database boots
        persistence = CompletableFuture.supplyAsync(() -> {
            database = Database.open(options.database(), options.derbyHome(), options.derbyTemplate());
            ModulePersistence warm = new ModulePersistence(database);
            warm.warmUp();
            return warm;
        });
        persistence.thenAcceptAsync(units -> {
            // the host's own tables first: the patient API writes them as soon as the core is there
            HostSchema.migrate(units);
            Core core = Core.open(units, Clock.systemUTC(), hasher, installedServices);
            opened.complete(core);
            Optional<Runnable> signIns = options.demo() ? core.seedDemoPeople() : Optional.empty();
            ready.complete(core);
            // capabilities seed against the demo's people while its citizens' sign-ins are hashed
            signIns.ifPresent(Runnable::run);
            demoSignIns.complete(null);
        }).whenComplete((done, failure) -> {
            if (failure != null) {
                opened.completeExceptionally(failure);
                ready.completeExceptionally(failure);
                demoSignIns.completeExceptionally(failure);
            }
        });
    }

    /** The persistence service, once the database is open. */
    ModulePersistence persistence() throws Exception {
        return await(persistence);
    }

    /** Waits until the core's schema is migrated and it is open (the demo may still be seeding). */
    void awaitOpened() throws Exception {
        await(opened);
    }

    /** The core, ready (with {@code --demo}, its practice's people seeded). */
    Core core() throws Exception {
        return await(ready);
    }

    /** Waits until, with {@code --demo}, the demo's citizens can sign in. */
    void awaitDemoSignIns() throws Exception {
        await(demoSignIns);
    }

    /** The database, once open; null before. */
    Database database() {
        return database;
    }

    /** Closes what was opened, after letting an opening still under way (a start that failed elsewhere) finish. */
    void close() {
        demoSignIns.handle((made, failure) -> null).join();
        Core core = ready.handle((made, failure) -> made).join();
        if (core != null) {
            core.close();
        }
        persistence.handle((made, failure) -> null).join();
        Database open = database;
        database = null;
        if (open != null) {
            open.close();
        }
    }

    private static <T> T await(CompletableFuture<T> step) throws Exception {
        try {
            return step.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
