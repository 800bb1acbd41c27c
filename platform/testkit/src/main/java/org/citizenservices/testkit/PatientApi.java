package org.citizenservices.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The patient-facing API as a third-party app calls it: JSON over HTTP with the session's bearer token, and files
 * ({@link #upload}, {@link #download}). Paths given to {@link #get}, {@link #post}, {@link #delete}, {@link #upload}
 * and {@link #download} are relative to the patient link
 * ({@code /api/v1/patients/{patientLinkId}/…}); {@link #call} takes a path under {@code /api/v1}.
 */
public final class PatientApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;
    private final String patientLinkId;

    /** {@code authorization}: the whole header ({@code "Bearer <token>"}, or the app's {@code "Basic …"}). */
    PatientApi(int port, String authorization, String patientLinkId) {
        this.port = port;
        this.authorization = authorization;
        this.patientLinkId = patientLinkId;
    }

    /** A status and the JSON answered (a problem document on 4xx/5xx; a missing node when the body was empty). */
    public record Answer(int status, JsonNode json, String body) {

        /** Fails with the whole answer when the status is another. */
        public Answer expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        /** A problem document's {@code detail}: the message an app would show its user. */
        public String detail() {
            return json.path("detail").asText();
        }
    }

    public String patientLinkId() {
        return patientLinkId;
    }

    public Answer get(String path) {
        return call("GET", patientPath(path), null);
    }

    public Answer post(String path, String jsonBody) {
        return call("POST", patientPath(path), jsonBody);
    }

    public Answer delete(String path) {
        return call("DELETE", patientPath(path), null);
    }

    /** Any method on any path under {@code /api/v1} ({@code "/openapi.json"}, {@code "/sessions/current"}). */
    public Answer call(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return answer(send(request));
    }

    /**
     * Posts a file as an app uploads one to a route that takes an {@code ApiUpload}: {@code multipart/form-data}
     * with one part named {@code file}.
     */
    public Answer upload(String path, String fileName, String contentType, byte[] content) {
        String boundary = "citizen-services-testkit-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1" + patientPath(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
        return answer(response);
    }

    /** A file a route answers ({@code ApiFile}): its bytes, or an {@link AssertionError} with the answer if not 200. */
    public byte[] download(String path) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1" + patientPath(path))).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected HTTP 200 but got " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static Answer answer(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new Answer(response.statusCode(), parse(body), body);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String patientPath(String path) {
        if (patientLinkId == null) {
            throw new IllegalStateException("No patient link: use DemoCitizen.api() or apiFor(name)");
        }
        return "/patients/" + patientLinkId + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return JSON.missingNode();
        }
    }
}
