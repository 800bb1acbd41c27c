package org.citizenservices.host.api;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.citizenservices.spi.ApiUpload;
import org.citizenservices.spi.UploadPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads the file of a {@code multipart/form-data} upload, part {@code file}, within the installation's maximum: a
 * request declaring more is refused from its {@code Content-Length} before a byte is read, and one that sends more
 * (chunked, or lying) is stopped by the container's count at the limit. The container keeps a part over
 * {@link #IN_MEMORY} in a temporary file of its own, deleted when the request ends, so only the accepted file —
 * at most the maximum — is ever in memory, once, on its way to the capability.
 */
final class MultipartUpload {

    /** The multipart framing (boundaries, part headers) allowed around the file. */
    static final long FRAMING = 64 * 1024;
    /** Parts larger than this are written to disk by the container while they arrive. */
    static final int IN_MEMORY = 256 * 1024;

    private MultipartUpload() {
    }

    /** What the servlet container must be told so that {@code getPart} reads uploads within these limits. */
    static MultipartConfigElement config(long maxFileBytes) {
        return new MultipartConfigElement(null, maxFileBytes, maxFileBytes + FRAMING, IN_MEMORY);
    }

    /** The upload, or an {@link ApiException}: 400 when it is not one, 413 when it is too large. */
    static ApiUpload read(HttpServletRequest request, long maxFileBytes) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badRequest("Send the file as multipart/form-data, in a part named 'file'.");
        }
        if (request.getContentLengthLong() > maxFileBytes + FRAMING) {
            throw tooLarge(maxFileBytes);
        }
        Part part;
        try {
            part = request.getPart("file");
        } catch (IllegalStateException | ServletException | IOException tooLargeOrMalformed) {
            // the container stops reading a body over the multipart limits; a request that size cannot be valid
            if (request.getContentLengthLong() > maxFileBytes || mentionsSize(tooLargeOrMalformed)) {
                throw tooLarge(maxFileBytes);
            }
            throw ApiException.badRequest("The multipart body could not be read.");
        }
        if (part == null || part.getSize() == 0) {
            throw ApiException.badRequest("Send the file in a part named 'file'.");
        }
        if (part.getSize() > maxFileBytes) {
            throw tooLarge(maxFileBytes);
        }
        try (InputStream in = part.getInputStream()) {
            String name = part.getSubmittedFileName() == null ? "file" : part.getSubmittedFileName();
            String declared = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
            byte[] content = in.readNBytes((int) maxFileBytes + 1);
            if (content.length > maxFileBytes) {
                throw tooLarge(maxFileBytes);
            }
            return new ApiUpload(name, declared, content);
        } finally {
            part.delete();
        }
    }

    private static ApiException tooLarge(long maxFileBytes) {
        return new ApiException(413, "Content too large", "A file is at most " + UploadPolicy.describe(maxFileBytes)
                + ".");
    }

    private static boolean mentionsSize(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String why = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (why.contains("size") || why.contains("exceed") || why.contains("too large")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
