package org.citizenservices.messaging.internal;

/** A messaging request the rules refuse, with a message for the reader. */
public final class MessagingRefused extends RuntimeException {

    public enum Reason {
        /** no such conversation or recipient for this patient */
        NOT_FOUND
    }

    private final Reason reason;

    public MessagingRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
