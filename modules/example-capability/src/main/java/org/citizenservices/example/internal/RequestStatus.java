package org.citizenservices.example.internal;

/** Where a request is; the label is what people read (never a colour alone). */
public enum RequestStatus {
    RECEIVED("Received by the practice"),
    DONE("Dealt with");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
