package org.citizenservices.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/** Reads {@code GET /health} of a running host. */
public final class Health {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI uri;

    public Health(int port) {
        this.uri = URI.create("http://localhost:" + port + "/health");
    }

    /** The health document, or empty while the host does not answer 200. */
    public Optional<JsonNode> read() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (ConnectException notYet) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public boolean up() {
        return read().map(h -> "UP".equals(h.path("status").asText())).orElse(false);
    }

    /** State of the module with this id, or empty if it is not listed. */
    public Optional<String> stateOf(String moduleId) {
        return module(moduleId).map(m -> m.path("state").asText());
    }

    /** Waits, at most 30 seconds, until the module with this id is ACTIVE. */
    public void awaitActive(String moduleId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> stateOf(moduleId).orElse("").equals("ACTIVE"));
    }

    /** Copies each module's jar (by module id) into the deploy folder and waits until every one is ACTIVE. */
    public void deploy(Map<String, Path> modules, Path deployDir) throws IOException {
        for (Map.Entry<String, Path> module : modules.entrySet()) {
            Layout.deploy(module.getValue(), deployDir);
            awaitActive(module.getKey());
        }
    }

    public Optional<JsonNode> module(String moduleId) {
        return read().flatMap(h -> {
            for (JsonNode module : h.path("modules")) {
                if (moduleId.equals(module.path("id").asText())) {
                    return Optional.of(module);
                }
            }
            return Optional.empty();
        });
    }
}
