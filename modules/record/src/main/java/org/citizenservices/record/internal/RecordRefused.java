package org.citizenservices.record.internal;

import org.citizenservices.spi.Refused;

/** A record request the rules refuse, with a message for the reader. */
public final class RecordRefused extends Refused {

    public enum Reason {
        /** the section is above the patient's level: 403 */
        NOT_AT_THIS_LEVEL,
        /** no such element — or one this reader may not see: the two are never told apart (404) */
        NOT_FOUND
    }

    public RecordRefused(Reason reason, String message) {
        super(reason, switch (reason) {
            case NOT_AT_THIS_LEVEL -> 403;
            case NOT_FOUND -> 404;
        }, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
