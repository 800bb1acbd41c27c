package org.citizenservices.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.TestDatabases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * Import throughput (run by bench/import.sh): a practice's clinical system sends its register through the practice
 * integration API as FHIR R4 bundles of 50 patients, each patient with 50 entries (10 problems, 2 allergies, 20
 * results, 5 immunisations, 8 consultations, 5 repeat medicines), one bundle at a time as an export would; then the
 * same again, which changes nothing. On embedded Derby, or PostgreSQL with -Dcitizen.it.db=postgresql. Prints
 * patients and resources per second and what a 10 000-patient practice would take.
 */
public final class ImportBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int PER_BUNDLE = 50;
    static final String SCT = "http://snomed.info/sct";

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        System.setProperty("citizenservices.api.credentialAttemptsPerMinute", "100000000");
        Path dir = Files.createTempDirectory("import-bench");
        try (CitizenServicesHost host = CitizenServicesHost.start(TestDatabases.hostOptions(dir, false))) {
            Health health = new Health(host.port());
            for (var module : java.util.Map.of("record", Layout.recordJar(), "prescriptions",
                    Layout.prescriptionsJar()).entrySet()) {
                Layout.deploy(module.getValue(), host.options().deployDir());
                await().atMost(Duration.ofSeconds(60)).until(() -> health.stateOf(module.getKey()).orElse("")
                        .equals("ACTIVE"));
            }
            Provisioning.Operator operator = new Provisioning.Operator("bench");
            host.core().provisioning().addPractice(operator, new Provisioning.NewPractice("B00001", "Bench Surgery",
                    null, null, null));
            ApiClients.Registered client = host.core().apiClients().add(operator, "B00001", "Bench system",
                    Set.of(ApiClients.SCOPE_IMPORT));
            String base = "http://localhost:" + host.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf("%s: %d patients x 50 entries in bundles of %d%n", TestDatabases.postgresql()
                    ? "PostgreSQL" : "embedded Derby", patients, PER_BUNDLE);
            run("first import", http, base, client, patients);
            run("same again (all unchanged)", http, base, client, patients);
        }
    }

    /** Sends every bundle, each made just before it is sent (as an export streams them) and timed with it. */
    private static void run(String what, HttpClient http, String base, ApiClients.Registered client, int patients)
            throws Exception {
        long began = System.nanoTime();
        String token = token(http, base, client);
        long tokenAt = System.nanoTime();
        long created = 0;
        long unchanged = 0;
        for (int first = 0; first < patients; first += PER_BUNDLE) {
            String bundle = bundle(first, Math.min(PER_BUNDLE, patients - first));
            if (System.nanoTime() - tokenAt > Duration.ofMinutes(10).toNanos()) {
                token = token(http, base, client);
                tokenAt = System.nanoTime();
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/practice/v1/import")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofString(bundle)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode report = JSON.readTree(answer.body());
            if (answer.statusCode() != 200 || report.get("rejected").size() > 0) {
                throw new IllegalStateException("import failed: " + answer.body().substring(0,
                        Math.min(500, answer.body().length())));
            }
            created += report.get("created").asLong();
            unchanged += report.get("unchanged").asLong();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long resources = patients * 51L;
        System.out.printf("%-28s %7.1f s  %6.1f patients/s  %7.0f resources/s  (created %d, unchanged %d); "
                        + "10 000 patients: %.1f min%n", what, seconds, patients / seconds, resources / seconds,
                created, unchanged, 10_000 / (patients / seconds) / 60);
    }

    private static String token(HttpClient http, String base, ApiClients.Registered client) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client.clientId() + ":"
                        + client.clientSecret()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    /** Patients first..first+count-1, each with their 50 entries. */
    static String bundle(int first, int count) throws Exception {
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        for (int p = first; p < first + count; p++) {
            String id = "p" + p;
            String reference = "urn:uuid:" + id;
            ObjectNode patient = entries.addObject().put("fullUrl", reference).putObject("resource")
                    .put("resourceType", "Patient").put("id", id).put("gender", p % 2 == 0 ? "female" : "male")
                    .put("birthDate", String.format("19%02d-%02d-%02d", 30 + p % 70, 1 + p % 12, 1 + p % 28));
            patient.putArray("identifier").addObject().put("system", "https://fhir.nhs.uk/Id/nhs-number")
                    .put("value", NhsNumber.firstFrom("97", p * 11 + 1).value());
            ObjectNode name = patient.putArray("name").addObject().put("use", "official").put("family", "Bench" + p);
            name.putArray("given").add("Pat");
            for (int e = 0; e < 50; e++) {
                entries.addObject().set("resource", entry(id, reference, e));
            }
        }
        return JSON.writeValueAsString(bundle);
    }

    private static ObjectNode entry(String patient, String reference, int e) {
        ObjectNode r = JSON.createObjectNode();
        String type = e < 10 ? "Condition" : e < 12 ? "AllergyIntolerance" : e < 32 ? "Observation"
                : e < 37 ? "Immunization" : e < 45 ? "Encounter" : "MedicationRequest";
        r.put("resourceType", type);
        r.putArray("identifier").addObject().put("system", "https://bench.example/id").put("value", patient + "-" + e);
        String subject = type.equals("AllergyIntolerance") || type.equals("Immunization") ? "patient" : "subject";
        r.putObject(subject).put("reference", reference);
        String date = String.format("20%02d-%02d-%02d", 5 + e % 20, 1 + e % 12, 1 + e % 28);
        switch (type) {
            case "Condition" -> {
                r.putObject("code").put("text", "Problem " + e).putArray("coding").addObject().put("system", SCT)
                        .put("code", "19596700" + (e % 10)).put("display", "Problem " + e);
                r.put("onsetDateTime", date);
            }
            case "AllergyIntolerance" -> r.put("recordedDate", date).putObject("code").put("text", "Allergy " + e);
            case "Observation" -> {
                r.put("status", "final").put("effectiveDateTime", date + "T09:00:00Z");
                r.putObject("code").put("text", "Result " + e);
                r.putObject("valueQuantity").put("value", 40 + e).put("unit", "mmol/L");
            }
            case "Immunization" -> {
                r.put("status", "completed").put("occurrenceDateTime", date);
                r.putObject("vaccineCode").put("text", "Vaccine " + e);
            }
            case "Encounter" -> {
                r.put("status", "finished").putObject("class").put("code", "AMB");
                r.putArray("type").addObject().put("text", "Consultation " + e);
                r.putObject("period").put("start", date + "T10:00:00Z");
            }
            default -> {
                r.put("status", "active").put("intent", "order");
                r.putObject("medicationCodeableConcept").put("text", "Medicine " + e + " 5mg tablets");
                r.putArray("dosageInstruction").addObject().put("text", "One a day");
                r.putObject("courseOfTherapyType").putArray("coding").addObject().put("code", "continuous");
            }
        }
        return r;
    }
}
