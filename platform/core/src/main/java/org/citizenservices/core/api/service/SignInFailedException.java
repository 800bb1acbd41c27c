package org.citizenservices.core.api.service;

/**
 * Sign-in or registration did not succeed. The message is safe to show: it never says which detail was wrong, nor
 * whether the account exists or is paused or locked — each of those would tell a stranger that a guessed name is real.
 */
public class SignInFailedException extends RuntimeException {

    public SignInFailedException(String message) {
        super(message);
    }
}
