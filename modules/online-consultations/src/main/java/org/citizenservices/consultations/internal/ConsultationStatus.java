package org.citizenservices.consultations.internal;

/** Where a request is, as the patient sees it. */
public enum ConsultationStatus {
    RECEIVED("Received"),
    IN_REVIEW("In review"),
    COMPLETED("Outcome ready");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
