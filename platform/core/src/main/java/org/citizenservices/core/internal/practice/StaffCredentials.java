package org.citizenservices.core.internal.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.citizenservices.core.api.vua.AccessIdentity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * How a practice user or a supplier administrator proves who they are: a password, a TOTP second factor with
 * one-time recovery codes, and until they have set those, a one-time activation link. Secrets are kept only as
 * hashes, except the TOTP secret, which checking a code needs as it is.
 */
@Embeddable
public class StaffCredentials implements TwoStepAccount {

    /** What {@link #passwordHash} holds before activation: no password verifies against it. */
    static final String NO_PASSWORD = "!";

    @Column(name = "PASSWORD_HASH")
    private String passwordHash = NO_PASSWORD;

    @Column(name = "FAILED_SIGN_INS")
    private int failedSignIns;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    private boolean enabled = true;

    private boolean demo;

    @Column(name = "TOTP_SECRET")
    private String totpSecret;

    @Column(name = "TOTP_LAST_STEP")
    private Long totpLastStep;

    /** comma-separated SHA-256s of the recovery codes not used yet */
    @Column(name = "RECOVERY_CODES")
    private String recoveryCodes;

    @Column(name = "ACTIVATION_HASH")
    private String activationHash;

    @Column(name = "ACTIVATION_EXPIRES")
    private LocalDateTime activationExpires;

    /** Moves on to end every session signed in before: sign out everywhere, a new password, a reset. */
    @Column(name = "SESSION_GENERATION")
    private int sessionGeneration;

    protected StaffCredentials() {
    }

    /** Waiting for its owner to open the activation link, which works once and until {@code expires}. */
    static StaffCredentials awaitingActivation(String activationToken, LocalDateTime expires) {
        StaffCredentials credentials = new StaffCredentials();
        credentials.newActivation(activationToken, expires);
        return credentials;
    }

    /** A demo account's published password: for trying the product, without a second factor. */
    static StaffCredentials demo(String passwordHash) {
        StaffCredentials credentials = new StaffCredentials();
        credentials.passwordHash = passwordHash;
        credentials.demo = true;
        return credentials;
    }

    void newActivation(String activationToken, LocalDateTime expires) {
        this.activationHash = AccessIdentity.hash(activationToken);
        this.activationExpires = expires;
    }

    /** A lost phone or a forgotten password: nothing of the old sign-in works; the new link sets both again. */
    public void resetForActivation(String activationToken, LocalDateTime expires) {
        passwordHash = NO_PASSWORD;
        totpSecret = null;
        totpLastStep = null;
        recoveryCodes = null;
        failedSignIns = 0;
        lockedUntil = null;
        demo = false;
        sessionGeneration++;
        newActivation(activationToken, expires);
    }

    public int sessionGeneration() {
        return sessionGeneration;
    }

    /** Every session signed in so far ends at its next page. */
    public void endSessions() {
        sessionGeneration++;
    }

    public boolean awaitingActivation() {
        return NO_PASSWORD.equals(passwordHash);
    }

    LocalDateTime activationExpires() {
        return activationExpires;
    }

    boolean activationValid(LocalDateTime now) {
        return activationHash != null && activationExpires != null && now.isBefore(activationExpires);
    }

    /** Sets the password and the second factor, and uses up the activation link. */
    void activate(String passwordHash, String totpSecret, long usedStep, List<String> recoveryCodes) {
        this.passwordHash = passwordHash;
        this.totpSecret = totpSecret;
        this.totpLastStep = usedStep;
        this.recoveryCodes = TwoStepAccount.keep(recoveryCodes);
        this.activationHash = null;
        this.activationExpires = null;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    @Override
    public boolean useRecoveryCode(String code) {
        String left = TwoStepAccount.without(recoveryCodes, code);
        if (left == null) {
            return false;
        }
        recoveryCodes = left;
        return true;
    }

    @Override
    public int recoveryCodesLeft() {
        return TwoStepAccount.count(recoveryCodes);
    }

    /** Whether signing in needs a second factor: always, except for a demo account's published password. */
    boolean needsSecondFactor() {
        return !demo;
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    @Override
    public String totpSecret() {
        return totpSecret;
    }

    @Override
    public long totpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    @Override
    public void totpUsed(long step) {
        this.totpLastStep = step;
    }

    String passwordHash() {
        return passwordHash;
    }

    void passwordHash(String hash) {
        this.passwordHash = hash;
    }

    public boolean enabled() {
        return enabled;
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean demo() {
        return demo;
    }

    @Override
    public int failedSignIns() {
        return failedSignIns;
    }

    @Override
    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    @Override
    public void signInFailed(int failures, LocalDateTime lockedUntil) {
        this.failedSignIns = failures;
        this.lockedUntil = lockedUntil;
    }
}
