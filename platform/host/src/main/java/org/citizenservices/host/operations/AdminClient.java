package org.citizenservices.host.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The operator's side of the admin endpoint: finds the node running on a data folder through what it published
 * ({@link AdminAccess}) and sends it one command.
 */
final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The node refused or could not carry out the command; {@code getMessage()} says why, for the operator. */
    static final class Refused extends RuntimeException {

        private final int exitCode;

        Refused(String message) {
            this(message, AdminCommandLine.REFUSED);
        }

        Refused(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private final Path dataDir;

    AdminClient(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Sends the command with its options; the node's JSON answer. */
    JsonNode send(String command, Map<String, ?> options) throws IOException, InterruptedException {
        return send(command, "", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(options)));
    }

    /** Sends a file as the command's body ({@code admin import}'s bundles), with options in the query. */
    JsonNode sendFile(String command, String query, Path file) throws IOException, InterruptedException {
        return send(command, "?" + query, HttpRequest.BodyPublishers.ofFile(file));
    }

    private JsonNode send(String command, String query, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        Properties node;
        try {
            node = AdminAccess.read(dataDir).orElseThrow(() -> new Refused("No Citizen Services node is "
                    + "running on " + dataDir + ". Start it (bin/citizen-services --data " + dataDir
                    + "), or name its data folder with --data DIR.", AdminCommandLine.NO_NODE));
        } catch (java.io.UncheckedIOException unreadable) {
            throw new Refused("Cannot read " + dataDir.resolve("run/admin.properties") + ": run this as the "
                    + "service's user.");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.getProperty("port")
                        + "/admin/commands/" + command + query))
                .header("Authorization", "Bearer " + node.getProperty("token"))
                .header("Content-Type", "application/json")
                .header("X-Operator", System.getProperty("user.name", "operator"))
                .timeout(Duration.ofMinutes(30))
                .POST(body).build();
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException notListening) {
            throw new Refused("The Citizen Services node on " + dataDir + " is not answering; is it running?",
                    AdminCommandLine.NO_NODE);
        }
        JsonNode answered;
        try {
            answered = answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new Refused("The node answered " + answer.statusCode() + " with something that is not JSON; its "
                    + "log says why.");
        }
        if (answer.statusCode() != 200) {
            throw new Refused(answered.path("detail").asText("The node answered " + answer.statusCode() + "."));
        }
        return answered;
    }

    static String print(JsonNode body) throws IOException {
        return JSON.writeValueAsString(body);
    }
}
