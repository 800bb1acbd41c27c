package org.citizenservices.it.bench;

import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.DemoLetters;
import org.citizenservices.it.support.GpConnectCalls;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.MockNhsLogin;
import org.citizenservices.spi.RecordAccessLevel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * GP Connect on the real host (run by bench/gp-connect.sh), one request at a time after a warm-up of as many:
 * {@code $gpc.getstructuredrecord} with every section for Jane (the demo record) and for Arthur Elder grown to 10 000
 * entries (level FULL; his carer's view is not GP Connect's, so Arthur signs in with NHS login himself), and the
 * same day's free slots through GP Connect's {@code GET Slot} and through the IM1-style API, alternating.
 */
public final class GpConnectBench {

    static final String[] SECTIONS = {"includeAllergies", "includeMedication", "includeProblems",
            "includeImmunizations", "includeConsultations", "includeInvestigations"};

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        MockNhsLogin nhsLogin = new MockNhsLogin();
        try (CitizenServicesHost host = BenchHost.start("gp-connect-bench", Map.of("record", Layout.recordJar(),
                "appointments", Layout.appointmentsJar()), options -> options.withNhsLogin(nhsLogin.settings()))) {
            long arthur = host.core().patients().demoPatientId("9990000042").orElseThrow();
            int entries = RecordBench.grow(host, arthur);
            host.core().patients().setRecordAccess(host.core().staffSignIn().signIn("manager", "Practice-Demo-2026!"),
                    arthur, RecordAccessLevel.FULL, null);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String fhir = "http://localhost:" + host.port() + "/FHIR/STU3/";
            String jane = nhsLogin.token("jane", "9990000018", "1985-03-14", "P9", 36_000);
            String arthursToken = nhsLogin.token("arthur", "9990000042", "1941-11-02", "P9", 36_000);
            System.out.printf("%d requests per measure after as many to warm up; Arthur's record %d entries%n",
                    rounds, entries);
            HttpRequest janesRecord = record(fhir, jane, "9990000018");
            HttpRequest arthursRecord = record(fhir, arthursToken, "9990000042");
            measure(http, janesRecord, "structured record, every section: Jane", rounds);
            measure(http, arthursRecord, "structured record, every section: 10 000 entries", Math.max(20, rounds / 10));

            LocalDate day = LocalDate.now().plusDays(2);
            HttpRequest fhirSlots = HttpRequest.newBuilder(URI.create(fhir + "Slot?start=ge" + day + "&end=le" + day
                    + "&status=free&_include=Slot:schedule&_include:recurse=Schedule:actor:Practitioner"))
                    .header("Authorization", "Bearer " + jane).GET().build();
            String api = BenchHost.api(host);
            String access = RecordBench.postJson(http, api + "/linkages", DemoLetters.JANE).get("accessIdentity")
                    .asText();
            var session = RecordBench.postJson(http, api + "/sessions", "{\"accessIdentity\":\"" + access + "\"}");
            String link = session.get("patients").get(0).get("patientLinkId").asText();
            HttpRequest im1Slots = HttpRequest.newBuilder(URI.create(api + "/patients/" + link
                    + "/appointment-slots?from=" + day + "&to=" + day))
                    .header("Authorization", "Bearer " + session.get("sessionToken").asText()).GET().build();
            for (int round = 1; round <= 3; round++) {
                measure(http, fhirSlots, "free slots, one day, GP Connect (round " + round + ")", rounds);
                measure(http, im1Slots, "free slots, one day, IM1-style (round " + round + ")", rounds);
            }
        } finally {
            nhsLogin.shutdown();
        }
    }

    private static HttpRequest record(String fhir, String token, String nhsNumber) {
        return HttpRequest.newBuilder(URI.create(fhir + "Patient/$gpc.getstructuredrecord"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(GpConnectCalls.structuredRecordRequest(nhsNumber,
                        SECTIONS))).build();
    }

    static void measure(HttpClient http, HttpRequest request, String what, int rounds) throws Exception {
        long[] micros = new long[rounds];
        long bytes = 0;
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < rounds; i++) {
                long began = System.nanoTime();
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                micros[i] = (System.nanoTime() - began) / 1000;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(what + " answered " + answer.statusCode() + ": "
                            + new String(answer.body()));
                }
                bytes = answer.body().length;
            }
        }
        Arrays.sort(micros);
        System.out.printf("%-55s %8d bytes   p50 %7.2f ms   p99 %7.2f ms%n", what, bytes, micros[rounds / 2] / 1000.0,
                micros[Math.min(rounds - 1, (int) (rounds * 0.99))] / 1000.0);
    }
}
