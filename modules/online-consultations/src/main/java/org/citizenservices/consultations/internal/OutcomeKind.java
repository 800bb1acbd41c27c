package org.citizenservices.consultations.internal;

/** What the practice decided about a request. */
public enum OutcomeKind {
    /** An answer in words; in a conversation too when the messaging module is installed. */
    REPLY("Reply from the practice"),
    /** The patient should book an appointment; from the request itself when the appointments module is installed. */
    INVITE_TO_BOOK("Please book an appointment"),
    /** A prescription was issued or changed, or the person is told what to do about one. */
    PRESCRIPTION("Prescription");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
