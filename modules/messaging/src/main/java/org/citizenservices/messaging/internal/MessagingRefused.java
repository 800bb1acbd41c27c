package org.citizenservices.messaging.internal;

/** A messaging request the rules refuse, with a message for the reader. */
public final class MessagingRefused extends RuntimeException {

    public enum Reason {
        /** no such conversation, recipient or attachment for this reader */
        NOT_FOUND,
        /** not a PNG, JPEG or PDF, whatever its name says */
        UNSUPPORTED_FILE,
        /** the file is larger than allowed */
        TOO_LARGE,
        /** a file goes with your latest message, before the other side has answered it */
        NOTHING_TO_ATTACH_TO
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
