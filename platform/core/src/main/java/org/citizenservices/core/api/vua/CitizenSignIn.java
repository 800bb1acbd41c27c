package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.SignInFailedException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A citizen signing in to the portal: the username and password, then, for a citizen who turned two-step sign-in on,
 * the code of their authenticator app or a recovery code. Wrong answers to either count towards the same growing
 * pauses. Two-step sign-in is the citizen's choice, made and undone on their account page.
 */
public interface CitizenSignIn {

    /** How long after the password the code may be given. */
    java.time.Duration SECOND_STEP_WINDOW = org.citizenservices.core.api.practice.StaffSignIn.SECOND_STEP_WINDOW;

    /** The password was right: {@code signedIn} holds the citizen unless their second step is on. */
    record PasswordAccepted(long vuaId, LocalDateTime at, Optional<SignedInCitizen> signedIn) {
    }

    /** @throws SignInFailedException when the name or password is not right, or signing in is paused */
    PasswordAccepted checkPassword(String username, String password);

    /** @throws SignInFailedException when the code is not right, came too late, or signing in is paused */
    SignedInCitizen secondFactor(PasswordAccepted password, String code);

    /** Signs a citizen in with the password alone: refused for an account whose second step is on. */
    default SignedInCitizen signIn(String username, String password) {
        return checkPassword(username, password).signedIn().orElseThrow(() ->
                new SignInFailedException("This account also needs the code from its authenticator app."));
    }

    /** Whether the sign-in asks for a code after the password. */
    boolean secondStepOn(SignedInCitizen signIn);

    /**
     * Turns the second step on with the authenticator the citizen just added ({@code secret}), proved by its
     * current {@code code} and the account's password (a wrong one counts towards the sign-in pauses); answers the
     * ten recovery codes, shown once.
     *
     * @throws org.citizenservices.core.api.domain.InvalidValueException when the password or code is not right
     * @throws org.citizenservices.core.api.domain.RuleViolationException when the second step is already on
     */
    List<String> turnOnSecondStep(SignedInCitizen signIn, String password, String secret, String code);

    /**
     * Turns the second step off, given the password.
     *
     * @throws org.citizenservices.core.api.domain.InvalidValueException when the password is not right
     */
    void turnOffSecondStep(SignedInCitizen signIn, String password);
}
