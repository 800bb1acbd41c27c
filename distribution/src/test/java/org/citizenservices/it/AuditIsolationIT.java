package org.citizenservices.it;

import org.citizenservices.it.support.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoLetters;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One caller's audit event that does not fit the table never costs anyone else theirs: a flood of linkages with
 * over-long account IDs from strangers (and, behind the API's own input bounds, over-long values audited directly)
 * beside 1 000 legitimate per-patient reads, each of which must be answered 200 and have its audit row.
 */
class AuditIsolationIT {

    static final int READS = 1_000;
    static final int READERS = 4;
    static final int FLOODERS = 3;

    // the flood must reach the audit trail, not stop at the credential rate limit (tested elsewhere)
    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("appointments", Layout.appointmentsJar())
            .credentialAttemptsPerMinute(1_000_000);
    static PatientApiCalls api;

    @BeforeAll
    static void calls() {
        api = demo.api();
    }

    @Test
    void givenAFloodOfOverLongAccountIds_thenEveryLegitimateReadIsAnswered200AndAudited() throws Exception {
        JsonNode session = api.session(api.link(DemoLetters.JANE));
        String token = session.get("sessionToken").asText();
        String sam = PatientApiCalls.linkId(session, "Sam Demo");
        LocalDate day = LocalDate.now().plusDays(1);
        String slots = "/patients/" + sam + "/appointment-slots?from=" + day + "&to=" + day;
        long auditedBefore = auditedSlotReads();

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger floodAudited = new AtomicInteger();
        AtomicInteger floodRefused = new AtomicInteger();
        Map<Integer, AtomicInteger> floodStatuses = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> readStatuses = new ConcurrentHashMap<>();
        AtomicInteger reads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + FLOODERS + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int f = 0; f < FLOODERS; f++) {
                work.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    while (reading.get()) {
                        int status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + demo.host().port()
                                        + "/api/v1/linkages")).header("Content-Type", "application/json")
                                .header("Authorization", org.citizenservices.it.support.DemoLetters.APP_AUTHORIZATION)
                                .POST(HttpRequest.BodyPublishers.ofString(strangersLinkage())).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode();
                        floodStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            // what the API's input bounds would stop still must not reach the trail as a poison row
            work.add(pool.submit(() -> {
                Actor stranger = new Actor("Unknown app", ActingAs.APP, null, "app: flood");
                while (reading.get()) {
                    try {
                        demo.host().core().audit().entry(stranger, AuditAction.LINKAGE_ATTEMPT).account(overLongAccountId())
                                .detail("DO_NOT_MATCH").now(Outcome.FAILED);
                        floodAudited.incrementAndGet();
                    } catch (RuntimeException e) {
                        floodRefused.incrementAndGet();
                    }
                }
                return null;
            }));
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    PatientApiCalls calls = new PatientApiCalls(demo.host().port());
                    while (reads.getAndIncrement() < READS) {
                        int status = calls.call("GET", slots, token, null).status();
                        readStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> reader : readers) {
                    reader.get();
                }
            } finally {
                reading.set(false);
            }
            for (Future<?> flood : work) {
                flood.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(readStatuses).as("statuses of the legitimate reads").containsOnlyKeys(200);
        assertThat(readStatuses.get(200).get()).isEqualTo(READS);
        assertThat(auditedSlotReads() - auditedBefore).as("audit rows of the legitimate reads").isEqualTo(READS);
        assertThat(floodStatuses).as("statuses of the flood").doesNotContainKey(500);
        assertThat(floodRefused).as("over-long values audited directly that failed").hasValue(0);
        assertThat(floodStatuses.getOrDefault(401, new AtomicInteger()).get() + floodAudited.get())
                .as("over-long values that reached the audit trail").isGreaterThan(20);
    }

    @Test
    void givenTheAuditTableStalled_thenAReadIs503WithRetryAfter_andItIsServedAgainWhenTheTableIsBack() throws Exception {
        JsonNode session = api.session(api.link(DemoLetters.JANE));
        String token = session.get("sessionToken").asText();
        LocalDate day = LocalDate.now().plusDays(1);
        String slots = "/patients/" + PatientApiCalls.linkId(session, "Sam Demo") + "/appointment-slots?from=" + day
                + "&to=" + day;

        try (Connection stall = TestDatabases.connect(demo.host().options().dataDir(), "CORE")) {
            stall.setAutoCommit(false);
            try (Statement lock = stall.createStatement()) {
                lock.execute("LOCK TABLE AUDIT_EVENT IN EXCLUSIVE MODE");
            }
            // the audit's bounded wait (5 s) passes: no data goes out unaudited, and the client is told to come back
            PatientApiCalls.Answer refused = api.call("GET", slots, token, null);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.raw().headers().firstValue("Retry-After")).contains("5");
            assertThat(refused.detail()).contains("audit trail").contains("try again");
            stall.commit();
        }

        assertThat(api.call("GET", slots, token, null).status()).isEqualTo(200);
    }

    private static String overLongAccountId() {
        StringBuilder id = new StringBuilder("DEMO");
        int length = ThreadLocalRandom.current().nextInt(13, 41);
        while (id.length() < length) {
            id.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return id.toString();
    }

    private static String strangersLinkage() {
        return "{\"accountId\":\"" + overLongAccountId() + "\",\"linkageKey\":\"Ab3Cd4Ef5Gh6Jk7M\","
                + "\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\"}";
    }

    private static long auditedSlotReads() throws Exception {
        try (Connection db = TestDatabases.connect(demo.host().options().dataDir(), "CORE");
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM AUDIT_EVENT"
                     + " WHERE OUTCOME = 'SUCCESS' AND DETAIL LIKE 'GET %appointment-slots'");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
