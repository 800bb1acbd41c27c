package org.citizenservices.record.internal;

/** How a citizen downloads what they can see of their record: a PDF to read and keep, or FHIR R4 for another app. */
public enum ExportFormat {
    PDF("application/pdf"),
    FHIR("application/fhir+json");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
