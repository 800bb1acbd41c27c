package org.citizenservices.messaging.internal;

/** Where a conversation stands for the practice. */
public enum ThreadStatus {
    OPEN("Open"), AWAITING_PATIENT("Awaiting the patient"), CLOSED("Closed");

    private final String label;

    ThreadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
