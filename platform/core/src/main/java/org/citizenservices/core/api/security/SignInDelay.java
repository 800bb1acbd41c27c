package org.citizenservices.core.api.security;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Growing pauses after wrong passwords, shared by staff and citizen sign-in. The first {@value #FREE_FAILURES} wrong
 * passwords in a row cost nothing; from then on each one pauses the username's sign-in for 2^k seconds after it
 * (k = failures − {@value #FREE_FAILURES}, at most {@link #LONGEST}). Guessing slows to a crawl, yet a stranger
 * cannot hold an account shut the way a fixed lock lets them: once the pause is over the right password signs in
 * and clears the count.
 */
public final class SignInDelay {

    public static final int FREE_FAILURES = 5;
    public static final Duration LONGEST = Duration.ofMinutes(15);
    // 2^10 s already exceeds LONGEST; the count stops here so it can never overflow
    private static final int MAX_COUNTED = FREE_FAILURES + 10;

    private SignInDelay() {
    }

    /** The pause after {@code failures} wrong passwords in a row: zero below the threshold. */
    public static Duration pause(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration pause = Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES, MAX_COUNTED - FREE_FAILURES));
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }

    public static boolean isPaused(LocalDateTime pausedUntil, LocalDateTime now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }

    /** The count after one more wrong password (it stops growing once the pause is at its longest). */
    public static int countAfterFailure(int failuresSoFar) {
        return Math.min(failuresSoFar + 1, MAX_COUNTED);
    }
}
