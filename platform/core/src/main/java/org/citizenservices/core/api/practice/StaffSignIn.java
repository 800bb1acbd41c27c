package org.citizenservices.core.api.practice;

import org.citizenservices.core.api.service.StaffMember;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Signs practice users in and out: a password, then the six-digit code of their authenticator app (or one of their
 * recovery codes), with growing pauses after repeated wrong answers to either. Only a demo account's published
 * password signs in alone.
 */
public interface StaffSignIn {

    /** How long after the password the second factor may be given. */
    java.time.Duration SECOND_STEP_WINDOW = java.time.Duration.ofMinutes(5);

    /**
     * The password was right: {@code signedIn} holds the practice user for a demo account; otherwise the caller
     * asks for the second factor and passes this to {@link #secondFactor}.
     */
    record PasswordAccepted(long staffUserId, LocalDateTime at, Optional<StaffMember> signedIn) {
    }

    /**
     * Checks the name and password.
     *
     * @throws org.citizenservices.core.api.service.SignInFailedException when the name or password is not right or
     *         sign-in is paused; the message never says which
     */
    PasswordAccepted checkPassword(String username, String password);

    /**
     * The signed-in practice user, when {@code code} is the authenticator's current code or an unused recovery
     * code (then used up), given within {@link #SECOND_STEP_WINDOW} of the password.
     *
     * @throws org.citizenservices.core.api.service.SignInFailedException otherwise
     */
    StaffMember secondFactor(PasswordAccepted password, String code);

    /**
     * Password alone, for demo accounts (and tests built on them).
     *
     * @throws org.citizenservices.core.api.service.SignInFailedException when wrong, or when the account needs a
     *         second factor
     */
    default StaffMember signIn(String username, String password) {
        return checkPassword(username, password).signedIn().orElseThrow(() ->
                new org.citizenservices.core.api.service.SignInFailedException(
                        "This account also needs the code from its authenticator app."));
    }

    /**
     * Whether a signed-in practice user may go on: false once their administrator disabled them, reset their
     * sign-in or changed their role, so the portal ends the session at their next page (a new role, a new sign-in).
     */
    boolean isCurrent(StaffMember staff);

    /**
     * Replaces the password (the current one must be given; the staff policy applies) and ends every other session;
     * the answer is this session's practice user, still current.
     *
     * @throws org.citizenservices.core.api.domain.InvalidValueException for a wrong current or unacceptable new one
     */
    StaffMember changePassword(StaffMember staff, String current, String replacement);

    /** Ends every session of this practice user, this one too: a lost or shared device. */
    void signOutEverywhere(StaffMember staff);

    /** Audits the sign-out. */
    void signOut(StaffMember staff);
}
