package org.citizenservices.consultations.internal;

/** How soon the practice means to deal with a request; set by the practice, never by the person asking. */
public enum Urgency {
    ROUTINE("Routine"),
    URGENT("Urgent");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
