package org.citizenservices.core.api.vua;

/** The identity documents the guidance names. */
public enum IdentityDocument {
    PASSPORT("Passport"),
    PHOTO_DRIVING_LICENCE("Photo driving licence"),
    BIRTH_CERTIFICATE("Birth certificate"),
    MARRIAGE_CERTIFICATE("Marriage certificate"),
    OTHER("Other document");

    private final String label;

    IdentityDocument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
