package org.citizenservices.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.it.support.AdminCommands;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls;
import org.citizenservices.it.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A practice filled from its clinical system: the operator registers the system as an API client; it gets a token by
 * OAuth 2.0 client credentials and posts a FHIR R4 bundle of patients and their records to the practice integration
 * API. Bad resources are rejected by index with the reason, a type no installed module imports is skipped, the rest
 * is stored; the same bundle again changes nothing, by the API or by {@code admin import}. Then a registration
 * letter for an imported patient, and their app reads the imported record at the level given — the restricted
 * entry never.
 */
class ImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void givenAClinicalSystemClient_whenItImportsABundleTwice_thenTheSecondChangesNothingAndTheAppSeesTheRecord()
            throws Exception {
        Path data = dir.resolve("data");
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Layout.deploy(Layout.recordJar(), deploy);
        Layout.deploy(Layout.prescriptionsJar(), deploy);
        Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve("ImportIT.log");
        Path bundle = Path.of("src/test/resources/fhir/import-bundle.json").toAbsolutePath();
        try (DistributionProcess node = DistributionProcess.start(dir.resolve("work"), data, deploy, log,
                TestDatabases.commandLine(data))) {
            Health health = new Health(node.port());
            await().atMost(Duration.ofSeconds(60)).until(() -> health.stateOf("record").orElse("").equals("ACTIVE")
                    && health.stateOf("prescriptions").orElse("").equals("ACTIVE"));
            String base = "http://localhost:" + node.port();
            admin(data, "practice", "add", "--ods", "B82005", "--name", "Larch Road Surgery");
            admin(data, "staff", "add", "--practice", "B82005", "--username", "dr.rahman", "--name", "Nadia Rahman",
                    "--email", "nadia@example.nhs.uk", "--role", "CLINICIAN");
            JsonNode client = admin(data, "api-client", "add", "--practice", "B82005", "--name", "Clinical system",
                    "--scope", "import");
            String id = client.get("clientId").asText();
            String secret = client.get("clientSecret").asText();

            HttpResponse<String> wrong = token(base, id, "not-the-secret");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("invalid_client");
            assertThat(post(base + "/api/practice/v1/import", null, Files.readString(bundle)).statusCode())
                    .as("no token").isEqualTo(401);
            HttpResponse<String> granted = token(base, id, secret);
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
            String bearer = JSON.readTree(granted.body()).get("access_token").asText();
            assertThat(JSON.readTree(granted.body()).get("expires_in").asInt()).isEqualTo(900);

            HttpResponse<String> notAList = post(base + "/api/practice/v1/import", bearer,
                    "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":{}}");
            assertThat(notAList.statusCode()).isEqualTo(400);
            assertThat(notAList.body()).contains("entry must be an array").doesNotContain("Exception");
            JsonNode first = imported(post(base + "/api/practice/v1/import", bearer, Files.readString(bundle)));
            assertThat(first.get("created").asInt()).as(first.toString()).isEqualTo(12);
            assertThat(indices(first.get("rejected"))).containsExactly(2, 11, 12, 13, 14);
            assertThat(first.get("rejected").toString()).contains("NHS number", "code", "Patient/nobody",
                    "not among this bundle's imported patients");
            assertThat(indices(first.get("skipped"))).as("no appointments module here").containsExactly(16);
            assertThat(first.get("skipped").get(0).get("reason").asText()).contains("Schedule");

            JsonNode again = imported(post(base + "/api/practice/v1/import", bearer, Files.readString(bundle)));
            assertThat(again.get("created").asInt()).isZero();
            assertThat(again.get("updated").asInt()).isZero();
            assertThat(again.get("unchanged").asInt()).isEqualTo(12);
            var byHand = AdminCommands.run(data, "import", "--practice", "B82005", bundle.toString());
            assertThat(byHand.exit()).as(byHand.err()).isZero();
            assertThat(JSON.readTree(byHand.out()).get("unchanged").asInt()).isEqualTo(12);
            assertThat(byHand.err()).contains("[####################] 1/1");

            JsonNode letter = admin(data, "linkage", "issue", "--practice", "B82005", "--nhs-number", "999 000 0018",
                    "--verified-by", "dr.rahman", "--method", "DOCUMENTS", "--document", "PASSPORT",
                    "--record-level", "DETAILED_CODED");
            JsonNode registered = admin(data, "app", "add", "--name", "Import test app", "--contact",
                    "apps@example.org");
            PatientApiCalls api = new PatientApiCalls(node.port(), "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((registered.get("clientId").asText() + ":" + registered.get("clientSecret")
                            .asText())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            PatientApiCalls.AppSession app = api.open("{\"accountId\":\"" + letter.get("accountId").asText()
                    + "\",\"linkageKey\":\"" + letter.get("linkageKey").asText() + "\",\"odsCode\":\"B82005\","
                    + "\"surname\":\"Import\",\"dateOfBirth\":\"1979-08-21\"}");
            PatientApiCalls.Answer record = api.call("GET", "/patients/" + app.linkId("Imogen Import")
                    + "/record?limit=500", app.token(), null);
            assertThat(record.status()).as(record.detail()).isEqualTo(200);
            List<String> terms = new ArrayList<>();
            record.body().get("items").forEach(item -> terms.add(item.get("term").asText()));
            assertThat(terms).contains("Asthma", "Fracture of wrist", "Allergy to penicillin", "Influenza vaccine",
                    "GP surgery consultation").doesNotContain("Termination of pregnancy")
                    .as("test results are shown from FULL").doesNotContain("HbA1c")
                    .as("documents from DOCUMENTS").doesNotContain("Discharge letter, Leeds General Infirmary");
            PatientApiCalls.Answer medicines = api.call("GET", "/patients/" + app.linkId("Imogen Import")
                    + "/medications", app.token(), null);
            assertThat(medicines.status()).as(medicines.detail()).isEqualTo(200);
            assertThat(medicines.raw().body()).contains("Salbutamol 100micrograms/dose inhaler", "REPEAT",
                    "Two puffs when required");

            // the pharmacy's progress arrives as a Prescription Status Update Task; with no approved request for the
            // medicine it is refused with the reason, and routed by the Task's "for" to the module that imports it
            com.fasterxml.jackson.databind.node.ObjectNode progress = JSON.createObjectNode()
                    .put("resourceType", "Bundle").put("type", "collection");
            progress.putArray("entry").add(JSON.readTree(Files.readString(bundle)).get("entry").get(0))
                    .add(JSON.readTree("{\"resource\":{\"resourceType\":\"Task\",\"id\":\"psu-1\",\"status\":\"in-progress\","
                            + "\"intent\":\"order\",\"businessStatus\":{\"coding\":[{\"system\":"
                            + "\"https://fhir.nhs.uk/CodeSystem/task-businessStatus-nppt\",\"code\":"
                            + "\"Ready to Collect\"}]},\"focus\":{\"identifier\":{\"system\":"
                            + "\"https://clinical-system.example/id\",\"value\":\"m-1\"}},"
                            + "\"for\":{\"reference\":\"urn:uuid:imogen\"}}}"));
            JsonNode task = imported(post(base + "/api/practice/v1/import", bearer, progress.toString()));
            assertThat(indices(task.get("rejected"))).as(task.toString()).containsExactly(1);
            assertThat(task.get("rejected").get(0).get("reason").asText())
                    .isEqualTo("No approved request for Salbutamol 100micrograms/dose inhaler is with the pharmacy.");

            admin(data, "api-client", "revoke", "--client-id", id);
            assertThat(post(base + "/api/practice/v1/import", bearer, Files.readString(bundle)).statusCode())
                    .as("a revoked client's token").isEqualTo(401);
        }
    }

    private static List<Integer> indices(JsonNode problems) {
        List<Integer> indices = new ArrayList<>();
        problems.forEach(p -> indices.add(p.get("index").asInt()));
        return indices;
    }

    private static JsonNode imported(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> token(String base, String id, String secret) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=import")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode admin(Path data, String... args) throws Exception {
        return AdminCommands.json(data, args);
    }
}
