package org.citizenservices.appointments.internal;

/** A booking or cancellation the rules or the book do not allow, with the message the citizen is shown. */
public final class BookingRefused extends RuntimeException {

    /** Why; the patient API maps each to its status. */
    public enum Reason {
        /** Someone else booked the slot first (409). */
        SLOT_TAKEN,
        /** The slot has started or is in the past (409: it is gone). */
        SLOT_STARTED,
        /** Further ahead than the practice lets patients book (422). */
        OUTSIDE_WINDOW,
        /** The patient holds the practice's maximum of future appointments (422). */
        CAP_REACHED,
        /** Too close to the appointment to cancel online (422). */
        PAST_CUT_OFF,
        /** Already cancelled, attended or missed (409). */
        NOT_BOOKED,
        /** No such slot or appointment for this patient (404). */
        NOT_FOUND,
        /** Parallel bookings kept clashing in the database; trying again will do (409). */
        BUSY
    }

    private final Reason reason;

    public BookingRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
