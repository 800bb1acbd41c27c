package org.citizenservices.consultations.internal;

/** What a person asks the practice for online. */
public enum ConsultationKind {
    /** Paperwork and questions: a fit note, a letter, a test result, repeat medication. */
    ADMIN("Admin request"),
    /** A health problem the practice should look at. */
    MEDICAL("Medical request");

    private final String label;

    ConsultationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
