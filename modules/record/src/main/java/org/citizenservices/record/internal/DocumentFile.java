package org.citizenservices.record.internal;

/** A document's file as a citizen opens it. */
public record DocumentFile(String title, String contentType, byte[] content) {

    /** A file name for saving it: the title's letters and digits, with the extension of its type. */
    public String fileName() {
        String base = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        String extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "application/fhir+json" -> ".json";
            default -> ".txt";
        };
        return (base.isEmpty() ? "document" : base) + extension;
    }
}
