package org.citizenservices.messaging.internal;

import java.util.Optional;

/**
 * The files a message may carry (GP-CWP-1): PNG, JPEG or PDF, at most 5 MiB, the type read from the first bytes —
 * a file named {@code letter.pdf} that is not a PDF is refused, whatever its name or declared type.
 */
final class AttachmentTypes {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PER_MESSAGE = 5;

    private AttachmentTypes() {
    }

    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, new byte[]{'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
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

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
