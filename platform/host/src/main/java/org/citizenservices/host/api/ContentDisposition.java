package org.citizenservices.host.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a file the API answers with (RFC 6266, with the RFC 5987 UTF-8 form). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /** {@code inline} with the name, which cannot break out of the header: quotes, controls and non-ASCII replaced. */
    static String inline(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
