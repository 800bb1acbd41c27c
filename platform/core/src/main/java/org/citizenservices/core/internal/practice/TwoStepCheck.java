package org.citizenservices.core.internal.practice;

import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.security.SignInDelay;
import org.citizenservices.core.api.security.TotpCodes;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The two checks every account with {@link StaffCredentials} signs in through, a practice user's or a supplier
 * administrator's: the password, then the authenticator's code or a recovery code. Wrong answers to either count
 * towards the same growing pauses ({@link SignInDelay}), so a guesser gains nothing by switching. The caller holds
 * the account's row locked.
 */
public final class TwoStepCheck {

    public static final String WRONG_CODE = "That code is not right. Enter the 6-digit code your authenticator app "
            + "shows now, or one of your recovery codes.";

    private final SecretHasher hasher;
    private final PasswordGuard guard;
    private final TotpCodes totp = new TotpCodes();

    public TwoStepCheck(SecretHasher hasher) {
        this.hasher = hasher;
        this.guard = new PasswordGuard(hasher);
    }

    /**
     * The password's verdict, with the account's count of wrong answers updated. {@code credentials} is null for an
     * unknown name (then as slow as a known one); {@code allowed} false refuses a right password too (a practice
     * suspended by the supplier).
     */
    PasswordGuard.Verdict password(StaffCredentials credentials, boolean allowed, char[] secret, LocalDateTime now) {
        PasswordGuard.Verdict verdict = guard.check(secret, credentials == null ? null : new PasswordGuard.Account(
                credentials.passwordHash(), allowed && credentials.enabled(), credentials.failedSignIns(),
                credentials.lockedUntil()), now);
        // a right password clears the count only where it alone signs in: otherwise the code must, or a guesser
        // who has the password would try five codes, sign in with the password again, and try five more
        if (verdict.changesAccount() && !(verdict.signsIn() && credentials.needsSecondFactor())) {
            credentials.signInFailed(verdict.failures(), verdict.pausedUntil());
        }
        if (verdict.signsIn() && hasher.needsRehash(credentials.passwordHash())) {
            credentials.passwordHash(hasher.hash(secret));
        }
        return verdict;
    }

    /** The second step's answer, the account's count and last used time step updated. */
    public Answer code(TwoStepAccount credentials, boolean allowed, String code, LocalDateTime now) {
        if (SignInDelay.isPaused(credentials.lockedUntil(), now) || !allowed) {
            return new Answer(false, true, "second factor refused: sign-in paused or disabled", null);
        }
        String typed = code == null ? "" : code.trim();
        OptionalLong step = totp.accept(credentials.totpSecret(), typed, credentials.totpLastStep(),
                now.toInstant(java.time.ZoneOffset.UTC));
        if (step.isPresent()) {
            credentials.totpUsed(step.getAsLong());
            credentials.signInFailed(0, null);
            return new Answer(true, false, "password and authenticator code", null);
        }
        if (typed.length() <= 40 && credentials.useRecoveryCode(typed.toLowerCase(Locale.ROOT))) {
            credentials.signInFailed(0, null);
            return new Answer(true, false, "password and a recovery code; "
                    + credentials.recoveryCodesLeft() + " left", null);
        }
        int failures = SignInDelay.countAfterFailure(credentials.failedSignIns());
        Duration pause = SignInDelay.pause(failures);
        credentials.signInFailed(failures, pause.isZero() ? null : now.plus(pause));
        return new Answer(false, false, "wrong second factor", pause.isZero() ? null
                : "paused for " + pause.toMinutes() + " min after " + failures + " wrong answers");
    }

    public record Answer(boolean right, boolean paused, String detail, String pauseDetail) {
    }
}
