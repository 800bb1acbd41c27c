package org.citizenservices.host.api;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.host.persistence.HostSchema;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract for sessions and buckets kept in the database, on a real Derby database, with two instances standing
 * for two nodes.
 */
class SharedApiSessionsTest extends ApiSessionsContract {
    @TempDir
    static Path dir;
    static Database database;
    static Core core;

    @BeforeAll
    static void open() {
        database = Database.open(dir.resolve("derby"));
        ModulePersistence persistence = new ModulePersistence(database);
        HostSchema.migrate(persistence);
        core = Core.open(persistence, Clock.systemUTC(), new SecretHasher(1024, 1, 1), Set::of);
    }

    @AfterAll
    static void close() {
        core.close();
        database.close();
    }

    @Override
    ApiSessions sessions(Clock clock) {
        return new SharedApiSessions(core::hostTables, clock);
    }

    @Override
    RateLimiter limiter(RateLimiter.Rate rate, Clock clock) {
        return new SharedRateLimiter(rate, core::hostTables, clock);
    }

    @Test
    void aSessionOpenedOnOneNodeIsServedAndEndedByAnother() {
        ApiSessions nodeA = sessions(Clock.systemUTC());
        ApiSessions nodeB = sessions(Clock.systemUTC());
        ApiSessions.Opened opened = nodeA.open(JANE, Map.of("link", 42L, "other", 43L));

        assertThat(nodeB.use(opened.token())).get().satisfies(s -> {
            assertThat(s.citizen()).isEqualTo(JANE);
            assertThat(s.patientLinks()).containsExactlyInAnyOrderEntriesOf(Map.of("link", 42L, "other", 43L));
        });
        nodeB.end(opened.token());
        assertThat(nodeA.use(opened.token())).as("ended on B, gone on A").isEmpty();
    }

    @Test
    void attemptsSpreadOverNodesShareOneBucket() {
        Hands clock = new Hands();
        RateLimiter.Rate rate = new RateLimiter.Rate(30, 10);
        RateLimiter nodeA = limiter(rate, clock);
        RateLimiter nodeB = limiter(rate, clock);
        int allowed = 0;
        for (int i = 0; i < 25; i++) {
            allowed += (i % 2 == 0 ? nodeA : nodeB).tryAcquire("192.0.2.77") ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(10);
    }
}

