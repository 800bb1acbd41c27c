package org.citizenservices.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the patient API of a host on a port, checking every call against the live API document ({@link ApiContract})
 * and on every error that the answer is a problem document with the same status and no stack trace — whatever the
 * test is about.
 */
public final class PatientApiCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ApiContract contract;

    private final String appAuthorization;

    /** Calls as the demo's registered app. */
    public PatientApiCalls(int port) {
        this(port, DemoLetters.APP_AUTHORIZATION);
    }

    /** Calls as the app with these HTTP Basic credentials ({@code "Basic …"}). */
    public PatientApiCalls(int port, String appAuthorization) {
        this.port = port;
        this.appAuthorization = appAuthorization;
        this.contract = new ApiContract(port, http);
    }

    /** A status and its JSON body (a null node when there is none). */
    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        public String detail() {
            return body.path("detail").asText();
        }
    }

    /**
     * A call with a session's token, or without one; linkage and new sessions go with the demo app's registered
     * credentials.
     */
    public Answer call(String method, String path, String token, String body) throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        } else if (path.equals("/linkages") || path.equals("/sessions")) {
            headers.put("Authorization", appAuthorization);
        }
        return callWith(method, path, headers, body);
    }

    /** A call with exactly these headers (and a JSON content type when there is a body). */
    public Answer callWith(String method, String path, Map<String, String> given, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> headers = new LinkedHashMap<>(given);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        contract.check(method, path, headers, body, response);
        // a file answered (a calendar file, a PDF) is not JSON: its text is in raw(); a refusal always is (a proxy's
        // HTML error page fails to parse, as an IOException, like a dropped connection)
        boolean file = response.statusCode() < 400
                && !response.headers().firstValue("Content-Type").orElse("").contains("json");
        JsonNode json = response.body().isEmpty() || file ? JSON.nullNode() : JSON.readTree(response.body());
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(json.path("status").asInt()).isEqualTo(response.statusCode());
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        return new Answer(response.statusCode(), json, response);
    }

    /** Links an app with a registration letter's details; returns the access identity. */
    public String link(String letter) throws Exception {
        Answer linked = call("POST", "/linkages", null, letter);
        assertThat(linked.status()).as(linked.raw().body()).isEqualTo(201);
        return linked.body().get("accessIdentity").asText();
    }

    public JsonNode session(String accessIdentity) throws Exception {
        Answer opened = call("POST", "/sessions", null, "{\"accessIdentity\":\"" + accessIdentity + "\"}");
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        return opened.body();
    }

    /** An app's open session: its bearer token and the patients it may act for. */
    public record AppSession(String token, JsonNode body) {
        /** The patient link of the patient with this name. */
        public String linkId(String name) {
            return PatientApiCalls.linkId(body, name);
        }
    }

    /** Links an app with a registration letter's details and opens a session with the access identity. */
    public AppSession open(String letter) throws Exception {
        JsonNode opened = session(link(letter));
        return new AppSession(opened.get("sessionToken").asText(), opened);
    }

    /** The patient link of the patient with this name in a session. */
    public static String linkId(JsonNode session, String name) {
        for (JsonNode patient : session.get("patients")) {
            if (patient.get("name").asText().equals(name)) {
                return patient.get("patientLinkId").asText();
            }
        }
        throw new AssertionError(name + " not in " + session);
    }
}
