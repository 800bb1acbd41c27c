package org.citizenservices.messaging.internal;

/**
 * The name a stored file goes by: what the sender called it, made safe, with the extension of the type its bytes
 * were found to be (the host's {@code UploadPolicy} reads the type; see {@link MessageAttachments}).
 */
final class AttachmentTypes {

    private AttachmentTypes() {
    }

    /** A name safe to store and offer back: letters, digits, dot, dash and underscore, with the type's extension. */
    static String fileName(String given, String contentType) {
        String base = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-");
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        String extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        return (base.isBlank() ? "attachment" : base) + extension;
    }
}
