package org.citizenservices.messaging.internal;

import org.citizenservices.spi.Refused;

/** A messaging request the rules refuse, with a message for the reader. */
public final class MessagingRefused extends Refused {

    public enum Reason {
        /** no such conversation, recipient or attachment for this reader (404) */
        NOT_FOUND,
        /** not a PNG, JPEG or PDF, whatever its name says (415) */
        UNSUPPORTED_FILE,
        /** the file is larger than allowed (413) */
        TOO_LARGE,
        /** a file goes with your latest message, before the other side has answered it (409) */
        NOTHING_TO_ATTACH_TO
    }

    public MessagingRefused(Reason reason, String message) {
        super(reason, switch (reason) {
            case NOT_FOUND -> 404;
            case UNSUPPORTED_FILE -> 415;
            case TOO_LARGE -> 413;
            case NOTHING_TO_ATTACH_TO -> 409;
        }, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
