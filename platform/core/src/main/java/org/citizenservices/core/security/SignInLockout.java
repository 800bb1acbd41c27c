package org.citizenservices.core.security;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The password lockout shared by staff and citizen sign-in: after five wrong passwords in a row the sign-in is
 * locked for 15 minutes (even the right password is refused), then the count starts again.
 */
public final class SignInLockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    /** The failure count and lock to store after one more wrong password. */
    public record AfterFailure(int failures, LocalDateTime lockedUntil) {
        public boolean locked() {
            return lockedUntil != null;
        }
    }

    private SignInLockout() {
    }

    public static boolean isLocked(LocalDateTime lockedUntil, LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public static AfterFailure afterFailure(int failuresSoFar, LocalDateTime now) {
        int failures = failuresSoFar + 1;
        return failures >= MAX_FAILURES ? new AfterFailure(0, now.plus(LOCKOUT)) : new AfterFailure(failures, null);
    }
}
