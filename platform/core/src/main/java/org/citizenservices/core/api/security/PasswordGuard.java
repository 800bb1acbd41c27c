package org.citizenservices.core.api.security;

import org.citizenservices.core.api.audit.Outcome;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One password attempt against an account that may not exist, be paused ({@link SignInDelay}) or be disabled. Every
 * path does exactly one Argon2id verification — against the account's hash, or against the hasher's decoy hash
 * ({@link SecretHasher#decoyHash()}, same parameters) — and gets the same {@link #NOT_RIGHT} answer, so neither the
 * words nor the time taken tell a stranger whether the username is real or paused.
 */
public final class PasswordGuard {

    public static final String NOT_RIGHT = "The username or password is not right. After several wrong attempts "
            + "sign-in pauses for a few minutes: if you are sure they are right, wait a few minutes and try again.";

    /**
     * Far beyond any password the policy allows: a longer one is checked as an empty one, so it is simply wrong and
     * costs the same single verification, however much a crafted request sends.
     */
    public static final int MAX_LENGTH = 1024;

    /** What the attempt found; only {@link Kind#RIGHT} signs in. */
    public enum Kind { UNKNOWN, PAUSED, DISABLED, WRONG, RIGHT }

    /** The account's state before the attempt; {@code passwordHash} never leaves the guard. */
    public record Account(String passwordHash, boolean enabled, int failures, LocalDateTime pausedUntil) {
    }

    /**
     * The attempt's outcome and the state to store ({@code failures}, {@code pausedUntil}; unchanged when paused or
     * unknown); {@code pause} is the pause this failure started, zero if none.
     */
    public record Verdict(Kind kind, int failures, LocalDateTime pausedUntil, Duration pause) {

        public boolean signsIn() {
            return kind == Kind.RIGHT;
        }

        /** Whether the account's stored count and pause change (a checked password, right or wrong). */
        public boolean changesAccount() {
            return kind == Kind.WRONG || kind == Kind.DISABLED || kind == Kind.RIGHT;
        }

        /** The audit outcome: a refusal without checking the password is DENIED, a checked wrong one FAILED. */
        public Outcome outcome() {
            return kind == Kind.RIGHT ? Outcome.SUCCESS : kind == Kind.PAUSED ? Outcome.DENIED : Outcome.FAILED;
        }

        /** The audit trail's words for the reason, never the password. */
        public String reason() {
            return switch (kind) {
                case UNKNOWN -> "unknown username";
                case PAUSED -> "paused after " + failures + " wrong passwords";
                case DISABLED -> "disabled";
                case WRONG -> "wrong password";
                case RIGHT -> null;
            };
        }

        /** The audit detail of a pause this failure started, or null. */
        public String pauseDetail() {
            return pause.isZero() ? null
                    : "sign-in paused for " + pause.toSeconds() + " s after " + failures + " wrong passwords";
        }
    }

    private final SecretHasher hasher;

    public PasswordGuard(SecretHasher hasher) {
        this.hasher = hasher;
    }

    /** Checks {@code secret} for {@code account} (null: no such username) at {@code now}. */
    public Verdict check(char[] typed, Account account, LocalDateTime now) {
        char[] secret = typed.length > MAX_LENGTH ? new char[0] : typed;
        if (account == null) {
            hasher.verify(secret, hasher.decoyHash());
            return new Verdict(Kind.UNKNOWN, 0, null, Duration.ZERO);
        }
        if (SignInDelay.isPaused(account.pausedUntil(), now)) {
            // the same work as a checked password: a quick refusal would show the username is real and paused
            hasher.verify(secret, hasher.decoyHash());
            return new Verdict(Kind.PAUSED, account.failures(), account.pausedUntil(), Duration.ZERO);
        }
        // an account still waiting for activation has no hash at all: the decoy's work keeps its answer as slow
        boolean hashed = account.passwordHash() != null && account.passwordHash().startsWith("$argon2");
        boolean right = hasher.verify(secret, hashed ? account.passwordHash() : hasher.decoyHash()) && hashed;
        if (right && account.enabled()) {
            return new Verdict(Kind.RIGHT, 0, null, Duration.ZERO);
        }
        int failures = SignInDelay.countAfterFailure(account.failures());
        Duration pause = SignInDelay.pause(failures);
        return new Verdict(account.enabled() ? Kind.WRONG : Kind.DISABLED, failures,
                pause.isZero() ? null : now.plus(pause), pause);
    }
}
