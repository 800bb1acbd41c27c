package org.citizenservices.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file a route answers with instead of JSON — a document's content, a message's attachment. Declare the route's
 * response body as {@code ApiFile.class}; the host writes the bytes with their content type, inline, never sniffed by
 * the browser, and not cached.
 *
 * @param contentType the file's media type as stored, e.g. {@code application/pdf}
 * @param fileName    a name for saving it, e.g. {@code blood-test-results.pdf}
 * @param content     the bytes
 * @since 1.4
 */
public record ApiFile(String contentType, String fileName, byte[] content) {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");

    public ApiFile {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        if (!MEDIA_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException("Not a media type: " + contentType);
        }
    }
}
