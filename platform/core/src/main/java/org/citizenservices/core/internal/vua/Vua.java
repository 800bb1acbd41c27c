package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.patient.PersonAtPractice;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.vua.ContactChannel;
import org.citizenservices.core.api.vua.ContactPreference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.EmailAddress;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.domain.TelephoneNumber;
import org.citizenservices.core.api.domain.VuaId;
import org.citizenservices.core.internal.practice.Practice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A Verified User Account: the practice-based account of a citizen, patient or proxy. Its status is never set
 * directly by callers — {@link VuaAccountsService} derives it from the rule of domain.md and records each change.
 * The linkage key and the portal password are held only as Argon2id hashes.
 */
@Entity
@Table(name = "VUA")
public class Vua extends PersonAtPractice implements org.citizenservices.core.api.vua.VuaDetails,
        org.citizenservices.core.internal.practice.TwoStepAccount {

    @Column(name = "ACCOUNT_ID")
    private String accountId;


    @Enumerated(EnumType.STRING)
    @Column(name = "CONTACT_PREFERENCE")
    private ContactPreference contactPreference = ContactPreference.EMAIL;

    /** The email address the citizen confirmed with a code; a changed address is unconfirmed until confirmed again. */
    @Column(name = "EMAIL_CONFIRMED")
    private String emailConfirmed;

    @Column(name = "MOBILE_CONFIRMED")
    private String mobileConfirmed;

    @Enumerated(EnumType.STRING)
    private VuaStatus status = VuaStatus.INACTIVE;

    private boolean suspended;

    @Column(name = "LINKAGE_KEY_HASH")
    private String linkageKeyHash;

    @Column(name = "LINKAGE_KEY_ISSUED_AT")
    private LocalDateTime linkageKeyIssuedAt;

    @Column(name = "LINKAGE_FAILURES")
    private int linkageFailures;

    @Column(name = "LINKAGE_LOCKED")
    private boolean linkageLocked;

    private String username;

    @Column(name = "PASSWORD_HASH")
    private String passwordHash;

    @Column(name = "SIGN_IN_FAILURES")
    private int signInFailures;

    @Column(name = "SIGN_IN_LOCKED_UNTIL")
    private LocalDateTime signInLockedUntil;

    @Column(name = "CREATED_BY")
    private String createdBy;

    /** The citizen's authenticator, once they turn two-step sign-in on; null while it is off. */
    @Column(name = "TOTP_SECRET")
    private String totpSecret;

    @Column(name = "TOTP_LAST_STEP")
    private Long totpLastStep;

    /** comma-separated SHA-256s of the recovery codes not used yet */
    @Column(name = "RECOVERY_CODES")
    private String recoveryCodes;

    protected Vua() {
    }

    public Vua(Practice practice, VuaId accountId, PersonName name, LocalDate dateOfBirth, ContactDetails contact,
               LocalDateTime createdAt, String createdBy) {
        super(practice, name, dateOfBirth, contact, createdAt);
        this.accountId = accountId.value();
        this.createdBy = createdBy;
    }

    public VuaId accountId() {
        return new VuaId(accountId);
    }

    public ContactPreference contactPreference() {
        return contactPreference;
    }

    /** The email address, if the citizen has confirmed this very address; only then is it sent notices. */
    public Optional<String> confirmedEmail() {
        EmailAddress email = contact().email();
        return email != null && email.value().equals(emailConfirmed) ? Optional.of(email.value()) : Optional.empty();
    }

    /** The mobile number, if the citizen has confirmed this very number; only then is it sent text messages. */
    public Optional<String> confirmedMobile() {
        TelephoneNumber telephone = contact().telephone();
        return telephone != null && telephone.isMobile() && telephone.value().equals(mobileConfirmed)
                ? Optional.of(telephone.value()) : Optional.empty();
    }

    public VuaStatus status() {
        return status;
    }

    /** Staff made the account INACTIVE by hand; it stays so until they lift it. */
    public boolean suspended() {
        return suspended;
    }

    public OdsCode practiceOdsCode() {
        return practice().odsCode();
    }

    public boolean hasLinkageKey() {
        return linkageKeyHash != null;
    }

    public String linkageKeyHash() {
        return linkageKeyHash;
    }

    public LocalDateTime linkageKeyIssuedAt() {
        return linkageKeyIssuedAt;
    }

    public int linkageFailures() {
        return linkageFailures;
    }

    public boolean linkageLocked() {
        return linkageLocked;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int signInFailures() {
        return signInFailures;
    }

    public LocalDateTime signInLockedUntil() {
        return signInLockedUntil;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    protected void dateOfBirth(LocalDate dateOfBirth) {
        super.dateOfBirth(dateOfBirth);
    }

    void contactPreference(ContactPreference preference) {
        this.contactPreference = preference;
    }

    void contactConfirmed(ContactChannel channel, String value) {
        if (channel == ContactChannel.EMAIL) {
            this.emailConfirmed = value;
        } else {
            this.mobileConfirmed = value;
        }
    }

    void suspended(boolean suspended) {
        this.suspended = suspended;
    }

    void status(VuaStatus status) {
        this.status = status;
    }

    void linkageKey(String hash, LocalDateTime issuedAt) {
        this.linkageKeyHash = hash;
        this.linkageKeyIssuedAt = issuedAt;
        this.linkageFailures = 0;
        this.linkageLocked = false;
    }

    void linkageFailed(int failures, boolean locked) {
        this.linkageFailures = failures;
        this.linkageLocked = locked;
    }

    void portalCredentials(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.signInFailures = 0;
        this.signInLockedUntil = null;
        if (username == null) {
            // the portal sign-in is gone (a new letter): its second step goes with it
            secondFactor(null, null);
        }
    }

    @Override
    public void signInFailed(int failures, LocalDateTime lockedUntil) {
        this.signInFailures = failures;
        this.signInLockedUntil = lockedUntil;
    }

    /** Turns the second step on with an enrolled authenticator (its code just used), or off with nulls. */
    void secondFactor(String secret, java.util.List<String> recovery) {
        this.totpSecret = secret;
        this.totpLastStep = null;
        this.recoveryCodes = recovery == null ? null
                : org.citizenservices.core.internal.practice.TwoStepAccount.keep(recovery);
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

    @Override
    public boolean useRecoveryCode(String code) {
        String left = org.citizenservices.core.internal.practice.TwoStepAccount.without(recoveryCodes, code);
        if (left == null) {
            return false;
        }
        recoveryCodes = left;
        return true;
    }

    @Override
    public int recoveryCodesLeft() {
        return org.citizenservices.core.internal.practice.TwoStepAccount.count(recoveryCodes);
    }

    @Override
    public int failedSignIns() {
        return signInFailures;
    }

    @Override
    public LocalDateTime lockedUntil() {
        return signInLockedUntil;
    }
}
