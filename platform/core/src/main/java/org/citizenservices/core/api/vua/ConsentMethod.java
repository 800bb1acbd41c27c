package org.citizenservices.core.api.vua;

/** How the patient consented to a proxy; a child without capacity gives none, and the legal basis is recorded. */
public enum ConsentMethod {
    WRITTEN("Written"),
    VERBAL("Verbal"),
    NOT_REQUIRED("Not required (legal basis recorded)");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
