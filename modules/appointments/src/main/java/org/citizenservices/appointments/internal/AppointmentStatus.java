package org.citizenservices.appointments.internal;

/** Where an appointment stands. ATTENDED and DID_NOT_ATTEND are set by practice staff only. */
public enum AppointmentStatus {
    BOOKED("Booked"),
    CANCELLED("Cancelled"),
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the appointment still holds its slot. */
    public boolean holdsSlot() {
        return this != CANCELLED;
    }
}
