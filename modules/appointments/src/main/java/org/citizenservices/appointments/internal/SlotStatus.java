package org.citizenservices.appointments.internal;

/** Whether a slot can still be booked. */
public enum SlotStatus {
    FREE,
    BOOKED,
    /** Offered to a patient on the earlier-slot waiting list until their offer expires: nobody else may book it. */
    HELD
}
