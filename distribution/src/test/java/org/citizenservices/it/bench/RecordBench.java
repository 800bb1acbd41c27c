package org.citizenservices.it.bench;

import org.citizenservices.it.support.DemoLetters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.Layout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The first page of each section of a 10 000-entry record (run by bench/record.sh): Arthur Elder's demo record
 * (2 400 entries) is grown to 10 000 in the module's table, his level set to FULL, and his carer's app reads each
 * section's first page through the patient API, one request at a time after a warm-up — the latency of a page is
 * the server's time for it (client and server share the machine). Then the whole record downloaded as FHIR and as
 * a PDF (its size in KiB where a page's item count is printed).
 */
public final class RecordBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int ENTRIES = 10_000;
    static final List<String> SECTIONS = List.of("ALLERGIES", "MEDICATIONS", "PROBLEMS", "CONSULTATIONS",
            "IMMUNISATIONS", "DOCUMENTS", "TEST_RESULTS", "ADMINISTRATIVE");
    static final String[][] TYPES = {{"CONSULTATIONS", "CONSULTATION"}, {"TEST_RESULTS", "PATHOLOGY_RESULT"},
            {"MEDICATIONS", "ACUTE_MEDICATION"}, {"PROBLEMS", "PAST_PROBLEM"}, {"IMMUNISATIONS", "IMMUNISATION"},
            {"ALLERGIES", "ADVERSE_REACTION"}, {"ADMINISTRATIVE", "ADMINISTRATIVE_NOTE"}};

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (CitizenServicesHost host = BenchHost.start("record-bench", Map.of("record", Layout.recordJar()))) {
            long arthur = host.core().patients().demoPatientId("9990000042").orElseThrow();
            int total = grow(host, arthur);
            host.core().patients().setRecordAccess(host.core().staffSignIn().signIn("manager", "Practice-Demo-2026!"),
                    arthur, RecordAccessLevel.FULL, null);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String api = BenchHost.api(host);
            String access = postJson(http, api + "/linkages", DemoLetters.CAROL).get("accessIdentity").asText();
            JsonNode session = postJson(http, api + "/sessions", "{\"accessIdentity\":\"" + access + "\"}");
            String token = session.get("sessionToken").asText();
            String link = null;
            for (JsonNode patient : session.get("patients")) {
                if (patient.get("name").asText().equals("Arthur Elder")) {
                    link = patient.get("patientLinkId").asText();
                }
            }
            System.out.printf("Arthur's record: %d entries; %d requests per measure after as many to warm up%n",
                    total, rounds);
            String base = api + "/patients/" + link + "/record";
            for (String section : SECTIONS) {
                measure(http, token, base + "?section=" + section, "first page, " + section, rounds);
            }
            for (String sort : List.of("type", "problem", "source")) {
                measure(http, token, base + "?section=CONSULTATIONS&sort=" + sort, "first page, CONSULTATIONS by "
                        + sort, rounds);
            }
            measure(http, token, base, "first page, whole record", rounds);
            measure(http, token, base + "?section=CONSULTATIONS&offset=1500", "page at offset 1500, CONSULTATIONS",
                    rounds);
            // a download is the whole record: fewer rounds
            for (String format : List.of("fhir", "pdf")) {
                measure(http, token, base + "/export?format=" + format, "download, whole record, " + format,
                        Math.max(20, rounds / 10));
            }
        }
    }

    /** Adds generated entries to Arthur's record until it has {@link #ENTRIES}, straight into the module's table. */
    static int grow(CitizenServicesHost host, long patientId) throws Exception {
        String url = "jdbc:derby:" + host.options().derbyHome().resolve("citizen-services") + ";user=RECORD";
        try (Connection c = DriverManager.getConnection(url)) {
            int existing;
            try (var count = c.createStatement().executeQuery("SELECT COUNT(*) FROM ENTRY WHERE PATIENT_ID = "
                    + patientId)) {
                count.next();
                existing = count.getInt(1);
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ENTRY (PRACTICE_ODS, PATIENT_ID, SECTION,"
                    + " ENTRY_TYPE, TERM, FREE_TEXT, EFFECTIVE_AT, SOURCE_ORGANISATION, SOURCE_SYSTEM, SOURCE_USER,"
                    + " SOURCE_ROLE, RESTRICTED, RECORDED_AT, RECORDED_BY, DOSAGE, RESULT_VALUE, RESULT_UNIT, FILED_AT)"
                    + " VALUES ('Y99999', ?, ?, ?, ?, ?, ?, 'Riverside Medical Practice', 'Citizen Services', ?, ?,"
                    + " ?, ?, 'bench', ?, ?, ?, ?)")) {
                LocalDateTime start = LocalDateTime.of(1980, 1, 1, 9, 0);
                for (int i = existing; i < ENTRIES; i++) {
                    String[] type = TYPES[i % TYPES.length];
                    LocalDateTime at = start.plusHours(i * 41L);
                    insert.setLong(1, patientId);
                    insert.setString(2, type[0]);
                    insert.setString(3, type[1]);
                    insert.setString(4, "Generated " + type[1].toLowerCase() + " " + i);
                    insert.setString(5, "Generated note " + i);
                    insert.setTimestamp(6, Timestamp.valueOf(at));
                    insert.setString(7, i % 2 == 0 ? "Dr Asha Patel" : "Nurse Ben Okafor");
                    insert.setString(8, i % 2 == 0 ? "General Practitioner" : "Practice Nurse");
                    insert.setBoolean(9, i % 101 == 0);
                    insert.setTimestamp(10, Timestamp.valueOf(at));
                    insert.setString(11, type[0].equals("MEDICATIONS") ? "One three times a day" : null);
                    insert.setString(12, type[0].equals("TEST_RESULTS") ? "4." + i % 10 : null);
                    insert.setString(13, type[0].equals("TEST_RESULTS") ? "mmol/L" : null);
                    // results are shown only once filed
                    insert.setTimestamp(14, type[0].equals("TEST_RESULTS") ? Timestamp.valueOf(at) : null);
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return ENTRIES;
    }

    static void measure(HttpClient http, String token, String uri, String what, int rounds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .GET().build();
        long[] micros = new long[rounds];
        int items = 0;
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < rounds; i++) {
                long began = System.nanoTime();
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                micros[i] = (System.nanoTime() - began) / 1000;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(what + " answered " + answer.statusCode());
                }
                if (i == 0) {
                    // a page's items, or a download's size in KiB
                    items = uri.contains("/export") ? answer.body().length / 1024
                            : JSON.readTree(answer.body()).get("items").size();
                }
            }
        }
        Arrays.sort(micros);
        System.out.printf("%-45s %3d items   p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", what, items,
                micros[rounds / 2] / 1000.0, micros[Math.min(rounds - 1, (int) (rounds * 0.99))] / 1000.0,
                micros[rounds - 1] / 1000.0);
    }

    /** A POST with the demo app's credentials: linkage and new sessions. */
    static JsonNode postJson(HttpClient http, String uri, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json").header("Authorization", org.citizenservices.it.support.DemoLetters.APP_AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
