package org.citizenservices.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A minimal third-party app for tests: linked as Jane Demo, with an open patient API session. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String token;
    private String janeLink;

    private ApiClient(int port) {
        this.base = "http://localhost:" + port + "/api/v1";
    }

    public static ApiClient linkAsJane(int port) throws IOException, InterruptedException {
        ApiClient client = new ApiClient(port);
        String access = client.post("/linkages", "{\"accountId\":\"DEMO100001\",\"linkageKey\":\"Rv7Kq2Xm9Tz4Wp8L\","
                + "\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\",\"appName\":\"Test app\"}")
                .get("accessIdentity").asText();
        JsonNode session = client.post("/sessions", "{\"accessIdentity\":\"" + access + "\"}");
        client.token = session.get("sessionToken").asText();
        client.janeLink = session.get("patients").get(0).get("patientLinkId").asText();
        return client;
    }

    public String janeLink() {
        return janeLink;
    }

    /** The status of a GET with the session's token. */
    public int get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
