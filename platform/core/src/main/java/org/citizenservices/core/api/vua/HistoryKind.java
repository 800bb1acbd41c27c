package org.citizenservices.core.api.vua;

/** The kinds of change domain.md asks staff to be able to display for an account. */
public enum HistoryKind {
    CREATION("Account created"),
    DEMOGRAPHICS("Demographics"),
    PREFERENCES("Preferences"),
    STATUS("Status"),
    IDENTITY_VERIFICATION("Identity verification"),
    PATIENT_ASSOCIATION("Patient association"),
    SERVICE_REGISTRATION("Service registration"),
    SERVICE_ACCESS("Service access"),
    LINKAGE("Linkage");

    private final String label;

    HistoryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
