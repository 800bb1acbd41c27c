package org.citizenservices.spi;

import java.util.Objects;

/**
 * A file an app uploads to a route — an attachment to a message. Declare the route's request body as
 * {@code ApiUpload.class}: the host then takes a {@code multipart/form-data} request with one part named
 * {@code file} (at most the installation's {@link UploadPolicy#maxFileBytes()}, {@link #MAX_BYTES} unless it says
 * otherwise; larger → 413, refused from {@code Content-Length} or while counting, before it is all read) and hands it
 * over through {@link ApiRequest#upload()}. The declared type is only what the app said: a capability decides a
 * file's type from its bytes with {@link UploadPolicy#check(byte[], java.util.Set)}.
 *
 * @param fileName            the name the app gave, as sent (untrusted)
 * @param declaredContentType the part's content type as sent (untrusted), or {@code application/octet-stream}
 * @param content             the bytes (no more than the maximum: the host stops reading beyond it)
 * @since 1.4
 */
public record ApiUpload(String fileName, String declaredContentType, byte[] content) {

    /** The default largest file: 5 MiB (an installation may set another, see {@link UploadPolicy#maxFileBytes()}). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public ApiUpload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(declaredContentType, "declaredContentType");
        Objects.requireNonNull(content, "content");
    }
}
