package org.citizenservices.prescriptions.internal;

/** A prescription request or change the rules refuse, with a message for the reader. */
public final class PrescriptionRefused extends RuntimeException {

    public enum Reason {
        /** the course cannot be requested (not a current repeat, or an acute the practice does not offer) */
        NOT_REQUESTABLE,
        /** the course already has a request outstanding */
        ALREADY_REQUESTED,
        /** the request is in a status that does not allow this */
        WRONG_STATUS,
        /** no such request or course for this patient */
        NOT_FOUND,
        /** the pharmacy named is not in the directory */
        UNKNOWN_PHARMACY
    }

    private final Reason reason;

    public PrescriptionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
