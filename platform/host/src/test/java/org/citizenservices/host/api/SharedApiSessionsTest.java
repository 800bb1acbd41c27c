package org.citizenservices.host.api;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.host.TestClock;
import org.citizenservices.host.CoreOnDerby;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract for sessions and buckets kept in the database, on a real Derby database, with two instances standing
 * for two nodes.
 */
class SharedApiSessionsTest extends ApiSessionsContract {
    @RegisterExtension
    static final CoreOnDerby derby = new CoreOnDerby();

    @Override
    ApiSessions sessions(Clock clock) {
        return new SharedApiSessions(derby.core()::hostTables, clock);
    }

    @Override
    RateLimiter limiter(RateLimiter.Rate rate, Clock clock) {
        return new SharedRateLimiter(rate, derby.core()::hostTables, clock);
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
        TestClock clock = new TestClock("2026-11-25T10:00:00Z");
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

