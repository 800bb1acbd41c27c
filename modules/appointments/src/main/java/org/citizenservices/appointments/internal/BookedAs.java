package org.citizenservices.appointments.internal;

/** Who made a booking: the patient, a proxy for them, or the practice. */
public enum BookedAs {
    SELF,
    PROXY,
    STAFF
}
