package org.citizenservices.core.api.service;

/**
 * Sign-in or registration did not succeed. The message is safe to show: it never says which detail was wrong, nor
 * whether the account exists or is paused or locked — each of those would tell a stranger that a guessed name is real.
 */
public class SignInFailedException extends RuntimeException {

    private final boolean codeMayBeRetried;

    public SignInFailedException(String message) {
        this(message, false);
    }

    private SignInFailedException(String message, boolean codeMayBeRetried) {
        super(message);
        this.codeMayBeRetried = codeMayBeRetried;
    }

    /** A wrong second-factor code, with sign-in not paused: the person may type another code, no password again. */
    public static SignInFailedException wrongCode(String message) {
        return new SignInFailedException(message, true);
    }

    public boolean codeMayBeRetried() {
        return codeMayBeRetried;
    }
}
