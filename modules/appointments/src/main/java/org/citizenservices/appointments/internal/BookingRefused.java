package org.citizenservices.appointments.internal;

import org.citizenservices.spi.Refused;

/** A booking or cancellation the rules or the book do not allow, with the message the citizen is shown. */
public final class BookingRefused extends Refused {

    /** Why; each answers the patient API with the status its constant names. */
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

    public BookingRefused(Reason reason, String message) {
        super(reason, switch (reason) {
            case NOT_FOUND -> 404;
            case OUTSIDE_WINDOW, CAP_REACHED, PAST_CUT_OFF -> 422;
            case SLOT_TAKEN, SLOT_STARTED, NOT_BOOKED, BUSY -> 409;
        }, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
