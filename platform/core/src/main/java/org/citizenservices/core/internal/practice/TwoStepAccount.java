package org.citizenservices.core.internal.practice;

import java.time.LocalDateTime;

/**
 * An account that may sign in with a second factor: its authenticator's secret and last used time step, its unused
 * recovery codes, and its count of wrong answers. A practice user's and a supplier administrator's credentials, and a
 * citizen's online account once they turn the second step on.
 */
public interface TwoStepAccount {

    /** Null while no authenticator is enrolled. */
    String totpSecret();

    long totpLastStep();

    void totpUsed(long step);

    /** True, and the code used up, when {@code code} is one of the recovery codes not used yet. */
    boolean useRecoveryCode(String code);

    int recoveryCodesLeft();

    int failedSignIns();

    LocalDateTime lockedUntil();

    void signInFailed(int failures, LocalDateTime lockedUntil);

    /** The recovery codes as an account keeps them: comma-separated SHA-256s. */
    static String keep(java.util.List<String> recoveryCodes) {
        return String.join(",", recoveryCodes.stream()
                .map(org.citizenservices.core.api.vua.AccessIdentity::hash).toList());
    }

    /** What is left of {@code kept} once {@code code} is used, or null when it is not among them. */
    static String without(String kept, String code) {
        if (kept == null || kept.isEmpty()) {
            return null;
        }
        java.util.List<String> left = new java.util.ArrayList<>(java.util.Arrays.asList(kept.split(",")));
        return left.remove(org.citizenservices.core.api.vua.AccessIdentity.hash(code)) ? String.join(",", left) : null;
    }

    static int count(String kept) {
        return kept == null || kept.isEmpty() ? 0 : kept.split(",").length;
    }
}
