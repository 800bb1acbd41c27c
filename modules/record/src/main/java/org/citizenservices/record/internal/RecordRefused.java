package org.citizenservices.record.internal;

/** A record request the rules refuse, with a message for the reader. */
public final class RecordRefused extends RuntimeException {

    public enum Reason {
        /** the section is above the patient's level */
        NOT_AT_THIS_LEVEL,
        /** no such element — or one this reader may not see: the two are never told apart */
        NOT_FOUND
    }

    private final Reason reason;

    public RecordRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
