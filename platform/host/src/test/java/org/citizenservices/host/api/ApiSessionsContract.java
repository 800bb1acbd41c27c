package org.citizenservices.host.api;

import org.citizenservices.host.TestClock;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.LinkageKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every keeper of patient-API sessions and credential buckets must do, in memory ({@link Local}) and in a real
 * database ({@link Shared}, on Derby here; the integration suite runs it on PostgreSQL behind the API).
 */
abstract class ApiSessionsContract {

    abstract ApiSessions sessions(Clock clock);

    abstract RateLimiter limiter(RateLimiter.Rate rate, Clock clock);

    static final SignedInCitizen JANE = new SignedInCitizen(1, "DEMO100001", 1, 7, "Jane Demo", LinkageKind.APP, "App");

    @Test
    void aSessionLivesWhileUsed_andEndsAfter20IdleMinutes() {
        TestClock clock = new TestClock("2026-11-25T10:00:00Z");
        ApiSessions sessions = sessions(clock);
        ApiSessions.Opened opened = sessions.open(JANE, Map.of("link", 42L));

        clock.advance(Duration.ofMinutes(19));
        assertThat(sessions.use(opened.token())).isPresent();
        clock.advance(Duration.ofMinutes(19));
        assertThat(sessions.use(opened.token())).as("used 19 minutes ago").isPresent()
                .get().satisfies(s -> assertThat(s.patient("link")).contains(42L));

        clock.advance(Duration.ofMinutes(20).plusSeconds(1));
        assertThat(sessions.use(opened.token())).isEmpty();
        clock.advance(Duration.ofMinutes(20).negated());
        assertThat(sessions.use(opened.token())).as("an expired session is gone for good").isEmpty();
    }

    @Test
    void unknownTokensAndOtherLinksAreNotFound() {
        ApiSessions sessions = sessions(new TestClock("2026-11-25T10:00:00Z"));
        ApiSessions.Opened opened = sessions.open(JANE, Map.of("link", 42L));

        assertThat(sessions.use("made-up")).isEmpty();
        assertThat(sessions.use(opened.token()).orElseThrow().patient("other")).isEmpty();
    }

    @Test
    void revokingEndsOnlySessionsWhoseLinkageIsNoLongerCurrent() {
        ApiSessions sessions = sessions(new TestClock("2026-11-25T10:00:00Z"));
        ApiSessions.Opened revoked = sessions.open(JANE, Map.of());
        SignedInCitizen otherApp = new SignedInCitizen(1, "DEMO100001", 1, 8, "Jane Demo", LinkageKind.APP, "Other");
        ApiSessions.Opened kept = sessions.open(otherApp, Map.of());

        sessions.revoke(1, citizen -> citizen.linkageId() == 8);

        assertThat(sessions.use(revoked.token())).isEmpty();
        assertThat(sessions.use(kept.token())).isPresent();
    }

    @Test
    void theLinkageIsAskedAboutAgainOnlyAfterTheCoreHasWritten() {
        ApiSessions sessions = sessions(new TestClock("2026-11-25T10:00:00Z"));
        ApiSessions.Session session = sessions.open(JANE, Map.of()).session();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean live = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.function.Predicate<SignedInCitizen> check = citizen -> {
            asked.incrementAndGet();
            return live.get();
        };

        assertThat(session.isCurrent(5, check)).isTrue();
        assertThat(session.isCurrent(5, check)).isTrue();
        assertThat(asked).as("asked once at revision 5").hasValue(1);

        live.set(false); // e.g. the practice suspends the account: a core write, so the revision moves on
        assertThat(session.isCurrent(7, check)).isFalse();
        assertThat(session.isCurrent(7, check)).as("a refusal is never remembered as current").isFalse();
        assertThat(asked).hasValue(3);
    }

    @Test
    void theRateLimiterAllowsABurstThenTheSteadyRate() {
        TestClock clock = new TestClock("2026-11-25T10:00:00Z");
        RateLimiter limiter = limiter(new RateLimiter.Rate(30, 10), clock);
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            allowed += limiter.tryAcquire("203.0.113.9") ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(10);
        assertThat(limiter.tryAcquire("198.51.100.1")).as("another address").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire("203.0.113.9")).as("one token back after two seconds").isTrue();
        assertThat(limiter.tryAcquire("203.0.113.9")).isFalse();
    }

    @Test
    void aQuietClientIsForgottenWithAFullBucket() {
        TestClock clock = new TestClock("2026-11-25T10:00:00Z");
        RateLimiter limiter = limiter(new RateLimiter.Rate(30, 10), clock);
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("198.51.100.44");
        }
        clock.advance(Duration.ofMinutes(11));
        limiter.sweep();
        int allowed = 0;
        for (int i = 0; i < 12; i++) {
            allowed += limiter.tryAcquire("198.51.100.44") ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(10);
    }
}
