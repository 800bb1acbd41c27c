package org.citizenservices.core.service;

/**
 * Sign-in or registration did not succeed. The message is safe to show: it never says which detail was wrong.
 * {@link #locked()} tells the page to offer the way out (wait, or contact the practice).
 */
public class SignInFailedException extends RuntimeException {

    private final boolean locked;

    public SignInFailedException(String message, boolean locked) {
        super(message);
        this.locked = locked;
    }

    public boolean locked() {
        return locked;
    }
}
