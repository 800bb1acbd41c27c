package org.citizenservices.spi;

/**
 * What a {@link FhirRoute} does to its resource type, in the words of a FHIR CapabilityStatement; it also sets the
 * success status: 201 for {@link #CREATE}, 200 otherwise.
 *
 * @since 1.14
 */
public enum FhirInteraction {
    READ("read"),
    SEARCH("search-type"),
    CREATE("create"),
    UPDATE("update");

    private final String code;

    FhirInteraction(String code) {
        this.code = code;
    }

    /** The CapabilityStatement's code, e.g. {@code search-type}. */
    public String code() {
        return code;
    }
}
