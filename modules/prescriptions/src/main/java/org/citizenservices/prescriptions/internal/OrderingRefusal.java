package org.citizenservices.prescriptions.internal;

/**
 * Why a medicine cannot be ordered now, as a code an app can act on, with the words the patient reads
 * ({@link OrderingRules#refusal}).
 */
public enum OrderingRefusal {
    /** Stopped in the clinical system. */
    NO_LONGER_PRESCRIBED,
    /** A one-off (acute) medicine, and the practice does not take those online. */
    ONE_OFF,
    /** A request for it is with the practice already. */
    ALREADY_REQUESTED,
    /** The prescriber wants to review it before it is issued again: the patient contacts the practice. */
    REVIEW_DUE,
    /** Issued recently: it can be ordered again from a date. */
    TOO_EARLY;

    /** A refusal: the code and the patient's words for it. */
    public record Because(OrderingRefusal code, String text) {
    }

    Because because(String text) {
        return new Because(this, text);
    }
}
