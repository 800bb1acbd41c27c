package org.citizenservices.core.api.vua;

/** How the practice verified a citizen's identity (the guidance's types). */
public enum VerificationMethod {
    /** Vouching: a member of staff knows the person. */
    VOUCHING("Vouching (known to staff)"),
    /** Vouching with confirmation of information, e.g. knowledge of the medical record. */
    VOUCHING_INFORMATION("Vouching with information confirmation"),
    /** Identity documentation was seen. */
    IDENTITY_DOCUMENTATION("Identity documentation");

    private final String label;

    VerificationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
