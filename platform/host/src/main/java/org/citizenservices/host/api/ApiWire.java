package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.spi.ApiFile;
import org.citizenservices.spi.HttpMethod;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The patient API's HTTP framing: reading a bounded JSON body and the bearer token, writing JSON, files and problem
 * documents. {@code Cache-Control: no-store} is not set here: the web server's security headers put it on every
 * response of the API.
 */
public final class ApiWire {

    static final int MAX_BODY = 64 * 1024;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String PROBLEM = "application/problem+json; charset=utf-8";

    private ApiWire() {
    }

    /**
     * An answer given before the body was read (429, 401, 413) must not leave the body in the connection: the
     * client would reuse it and read garbage. A small body is read away; a large one closes the connection.
     */
    static void finishReading(HttpServletRequest request, HttpServletResponse response) {
        if (request.getContentLengthLong() > MAX_BODY) {
            // declared too large to read away: answer now rather than wait for a body the client may hold back
            response.setHeader("Connection", "close");
            return;
        }
        try {
            InputStream in = request.getInputStream();
            if (in.readNBytes(MAX_BODY + 1).length > MAX_BODY) {
                response.setHeader("Connection", "close");
            }
        } catch (IOException | IllegalStateException alreadyReadOrGone) {
            response.setHeader("Connection", "close");
        }
    }

    static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ApiException.unauthorized("Send the session token as 'Authorization: Bearer <token>'.");
        }
        return header.substring(7).trim();
    }

    /** The body, at most 64 KiB; an empty array when there is none. */
    /** The most of a too-large body read (and dropped) before refusing it. */
    static final long DRAIN_LIMIT = 1024 * 1024;

    static byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared == 0 || declared < 0 && request.getHeader("Transfer-Encoding") == null) {
            return new byte[0];
        }
        if (declared > MAX_BODY) {
            drain(request.getInputStream(), declared);
            throw new ApiException(413, "Content too large", "A request body is at most 64 KiB.");
        }
        String type = request.getContentType();
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                drain(in, -1);
                throw new ApiException(413, "Content too large", "A request body is at most 64 KiB.");
            }
            if (body.length > 0 && (type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("application/json"))) {
                throw ApiException.badRequest("Send the body as application/json.");
            }
            return body;
        }
    }

    /**
     * Reads and drops the rest of a body that is too large but not absurdly so (at most {@link #DRAIN_LIMIT}), so the
     * client has finished sending when the refusal comes and reads it, rather than a connection reset mid-send.
     */
    public static void drain(InputStream in, long declared) throws IOException {
        if (declared > DRAIN_LIMIT) {
            return;
        }
        long left = DRAIN_LIMIT;
        byte[] buffer = new byte[8192];
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            left -= read;
        }
    }

    static void write(HttpServletResponse response, int status, ObjectMapper mapper, Object body)
            throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType(JSON);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void writeFile(HttpServletResponse response, ApiFile file) throws IOException {
        response.setStatus(200);
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", ContentDisposition.inline(file.fileName()));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    static void problem(HttpServletResponse response, ObjectMapper json, Problem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] bytes = json.writeValueAsBytes(problem);
        response.setStatus(problem.status());
        response.setContentType(PROBLEM);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static HttpMethod method(String name) {
        try {
            return HttpMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ApiException(405, "Method not allowed", "This API answers GET, POST, PUT and DELETE.");
        }
    }

    static void only(HttpMethod method, HttpMethod allowed) {
        if (method != allowed) {
            throw new ApiException(405, "Method not allowed", "Use " + allowed + " here.");
        }
    }

    static String truncate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
