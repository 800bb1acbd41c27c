package org.citizenservices.appointments.internal;

/** Whether a slot can still be booked. */
public enum SlotStatus {
    FREE,
    BOOKED
}
