package org.citizenservices.appointments.internal;

/** How the appointment takes place. */
public enum AppointmentMode {
    IN_PERSON("In person"),
    TELEPHONE("Telephone"),
    VIDEO("Video");

    private final String label;

    AppointmentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
