package org.citizenservices.host.portal.security;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.host.TestClock;
import org.citizenservices.host.CoreOnDerby;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.AuditEventDetails;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.host.api.RateLimiter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's per-address limit on sign-in and set-up, on a real Derby database with two throttles standing for two
 * nodes that share it: a burst, then refusals with the network message, each audited; other addresses unaffected.
 */
class SignInThrottleTest {

    @RegisterExtension
    static final CoreOnDerby derby = new CoreOnDerby();
    // stopped, so no token comes back during the test
    static final Clock STILL = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    /** As the host makes it: 30 a minute per address, the buckets in the database when nodes share it. */
    private static SignInThrottle throttle(boolean sharedDatabase, Clock clock) {
        RateLimiter buckets = RateLimiter.forNodes(RateLimiter.Rate.perMinute(30), sharedDatabase,
                derby.core()::hostTables, clock);
        return new SignInThrottle(buckets::tryAcquire, derby::core);
    }

    @Test
    void aBurstIsAdmitted_thenTheAddressIsRefusedOnEveryNode_andAudited_whileOthersGoAhead() {
        SignInThrottle nodeA = throttle(true, STILL);
        SignInThrottle nodeB = throttle(true, STILL);
        for (int i = 0; i < 10; i++) {
            SignInThrottle node = i % 2 == 0 ? nodeA : nodeB;
            assertThatCode(() -> node.admit(SignInThrottle.Attempt.CITIZEN_SIGN_IN, "198.51.100.7"))
                    .doesNotThrowAnyException();
        }

        assertThatThrownBy(() -> nodeB.admit(SignInThrottle.Attempt.ACCOUNT_SET_UP, "198.51.100.7"))
                .isInstanceOf(SignInFailedException.class).hasMessage(SignInThrottle.TOO_MANY);
        assertThatThrownBy(() -> nodeA.admit(SignInThrottle.Attempt.STAFF_SIGN_IN, "198.51.100.7"))
                .isInstanceOf(SignInFailedException.class).hasMessage(SignInThrottle.TOO_MANY);
        assertThatCode(() -> nodeA.admit(SignInThrottle.Attempt.CITIZEN_SIGN_IN, "203.0.113.9"))
                .doesNotThrowAnyException();

        List<? extends AuditEventDetails> refusals = derby.core().audit().withAction(AuditAction.SIGN_IN_THROTTLED.name(), 10).stream()
                .filter(e -> e.detail().contains("198.51.100.7")).toList();
        assertThat(refusals).hasSize(2).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
        assertThat(refusals).extracting(AuditEventDetails::detail).anyMatch(d -> d.startsWith("online account set-up"))
                .anyMatch(d -> d.startsWith("staff sign-in"));
    }

    @Test
    void onOneNode_theBucketsAreInMemory_andRefillWithTime() {
        TestClock clock = new TestClock("2026-12-04T10:00:00Z");
        SignInThrottle alone = throttle(false, clock);
        for (int i = 0; i < 10; i++) {
            alone.admit(SignInThrottle.Attempt.STAFF_SIGN_IN, "192.0.2.10");
        }
        assertThatThrownBy(() -> alone.admit(SignInThrottle.Attempt.STAFF_SIGN_IN, "192.0.2.10"))
                .hasMessage(SignInThrottle.TOO_MANY);
        clock.advance(Duration.ofSeconds(2));
        assertThatCode(() -> alone.admit(SignInThrottle.Attempt.STAFF_SIGN_IN, "192.0.2.10"))
                .as("30 a minute: one back every two seconds").doesNotThrowAnyException();
    }
}
