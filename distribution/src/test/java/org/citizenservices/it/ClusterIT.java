package org.citizenservices.it;

import org.citizenservices.it.support.DemoLetters;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.Nginx;
import org.citizenservices.it.support.PatientApiCalls;
import org.citizenservices.it.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL database and one deploy folder, behind nginx configured as the distribution's example
 * says: any node serves any patient-API call, a booking race across the nodes has one winner, a module dropped into
 * the shared folder is live on both, a browser stays with its node — and a node killed in the middle of a booking
 * rush loses no booking it confirmed while the other keeps serving.
 */
@EnabledIfSystemProperty(named = "citizen.it.db", matches = "postgresql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    @TempDir
    static Path dir;
    static DistributionProcess nodeA;
    static DistributionProcess nodeB;
    static Nginx nginx;
    static PatientApiCalls viaNginx;
    static String janeAccess;

    @BeforeAll
    static void start() throws Exception {
        Nginx.require();
        Path deploy = java.nio.file.Files.createDirectories(dir.resolve("shared-deploy"));
        Layout.deploy(Layout.appointmentsJar(), deploy);
        Path logs = Path.of("target/it-logs");
        java.nio.file.Files.createDirectories(logs);
        // one database for both nodes: the one the suite gives the "shared" folder
        List<String> database = TestDatabases.commandLine(dir.resolve("shared"));
        List<String> a = new ArrayList<>(List.of("--node", "a", "--behind-proxy", "--demo"));
        a.addAll(database);
        nodeA = DistributionProcess.start(dir.resolve("a"), dir.resolve("a/data"), deploy,
                logs.resolve("ClusterIT-a.log"), a);
        awaitActive(nodeA, "appointments");
        // only one node seeds the demo practice
        List<String> b = new ArrayList<>(List.of("--node", "b", "--behind-proxy"));
        b.addAll(database);
        nodeB = DistributionProcess.start(dir.resolve("b"), dir.resolve("b/data"), deploy,
                logs.resolve("ClusterIT-b.log"), b);
        awaitActive(nodeB, "appointments");
        nginx = Nginx.inFrontOf(nodeA.port(), nodeB.port(), dir.resolve("nginx"));
        viaNginx = new PatientApiCalls(nginx.port());
        janeAccess = viaNginx.link(DemoLetters.JANE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    @Order(1)
    void givenASessionOpenedOnNodeA_whenNodeBIsAskedAndEndsIt_thenBothKnow() throws Exception {
        PatientApiCalls onA = new PatientApiCalls(nodeA.port());
        PatientApiCalls onB = new PatientApiCalls(nodeB.port());
        JsonNode session = onA.session(janeAccess);
        String token = session.get("sessionToken").asText();
        String jane = PatientApiCalls.linkId(session, "Jane Demo");

        assertThat(onB.call("GET", "/patients/" + jane + "/appointments", token, null).status()).isEqualTo(200);
        assertThat(onB.call("DELETE", "/sessions/current", token, null).status()).isEqualTo(204);
        assertThat(onA.call("GET", "/patients/" + jane + "/appointments", token, null).status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void givenOneSlot_whenSixteenBookingsRaceForItThroughBothNodes_thenExactlyOneSucceeds() throws Exception {
        PatientApiCalls onA = new PatientApiCalls(nodeA.port());
        PatientApiCalls onB = new PatientApiCalls(nodeB.port());
        JsonNode sessionA = onA.session(janeAccess);
        JsonNode sessionB = onB.session(janeAccess);
        String slot = freeSlots(onA, sessionA).get(0);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            PatientApiCalls node = i % 2 == 0 ? onA : onB;
            JsonNode session = i % 2 == 0 ? sessionA : sessionB;
            answers.add(pool.submit(() -> {
                go.await();
                return node.call("POST", "/patients/" + PatientApiCalls.linkId(session, "Jane Demo")
                                + "/appointments", session.get("sessionToken").asText(),
                        "{\"slotId\":\"" + slot + "\",\"reason\":\"Race\"}").status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 201).containsOnly(409);
        try (Connection c = TestDatabases.connect(dir.resolve("shared"), "APPOINTMENTS");
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM APPOINTMENT WHERE SLOT_ID = ?")) {
            q.setLong(1, Long.parseLong(slot));
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
        // and node B's cached free slots already know: the book's revision is shared
        assertThat(freeSlots(onB, sessionB)).doesNotContain(slot);
    }

    @Test
    @Order(3)
    void givenAModuleDroppedIntoTheSharedDeployFolder_thenItAnswersOnBothNodesWithinSeconds() throws Exception {
        Layout.deploy(Layout.recordJar(), dir.resolve("shared-deploy"));

        awaitActive(nodeA, "record");
        awaitActive(nodeB, "record");
        PatientApiCalls onB = new PatientApiCalls(nodeB.port());
        JsonNode session = onB.session(janeAccess);
        PatientApiCalls.Answer record = onB.call("GET", "/patients/" + PatientApiCalls.linkId(session, "Jane Demo")
                + "/record?section=ALLERGIES", session.get("sessionToken").asText(), null);
        assertThat(record.status()).as(record.raw().body()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void givenABrowserWithAPortalSession_thenNginxSendsItBackToItsNode() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI signIn = URI.create("http://127.0.0.1:" + nginx.port() + "/sign-in");
        Set<String> nodesSeen = ConcurrentHashMap.newKeySet();
        for (int browser = 0; browser < 6; browser++) {
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(signIn).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            nodesSeen.add(cookie.substring(cookie.lastIndexOf('.') + 1));
            for (int again = 0; again < 4; again++) {
                HttpResponse<String> next = http.send(HttpRequest.newBuilder(signIn).header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(next.statusCode()).isEqualTo(200);
                assertThat(next.headers().firstValue("Set-Cookie")).as("the node that holds the session answered")
                        .isEmpty();
            }
        }
        assertThat(nodesSeen).as("new browsers are spread over both nodes").containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @Order(5)
    void givenABookingRush_whenNodeBIsKilled_thenEveryConfirmedBookingIsStoredOnceAndNodeAServesOn()
            throws Exception {
        allowManyFutureAppointments();
        JsonNode session = viaNginx.session(janeAccess);
        String token = session.get("sessionToken").asText();
        List<String> patients = List.of(PatientApiCalls.linkId(session, "Jane Demo"),
                PatientApiCalls.linkId(session, "Sam Demo"));
        List<String> slots = freeSlots(viaNginx, session);
        Map<String, String> confirmed = new ConcurrentHashMap<>(); // appointment id -> slot id
        AtomicInteger confirmedAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(pool.submit(() -> {
                while (running.get()) {
                    String slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
                    String patient = patients.get(ThreadLocalRandom.current().nextInt(patients.size()));
                    try {
                        PatientApiCalls.Answer answer = viaNginx.call("POST", "/patients/" + patient
                                + "/appointments", token, "{\"slotId\":\"" + slot + "\",\"reason\":\"Rush\"}");
                        if (answer.status() == 201) {
                            String previous = confirmed.put(answer.body().get("appointmentId").asText(), slot);
                            assertThat(previous).isNull();
                            if (killed.get()) {
                                confirmedAfterKill.incrementAndGet();
                            }
                        } else if (answer.status() != 409 && answer.status() != 502) {
                            unexpected.add(answer.status() + " " + answer.raw().body());
                        }
                    } catch (java.io.IOException droppedWithTheNode) {
                        // the request was in flight to the killed node: neither confirmed nor refused
                    }
                }
                return null;
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> confirmed.size() >= 10 || !unexpected.isEmpty());
        assertThat(unexpected).isEmpty();
        nodeB.kill();
        killed.set(true);
        await().atMost(Duration.ofSeconds(60)).until(() -> confirmedAfterKill.get() >= 10 || slotsGone(slots));
        running.set(false);
        for (Future<?> client : clients) {
            client.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(new java.util.HashSet<>(confirmed.values())).as("no slot confirmed twice")
                .hasSize(confirmed.size());
        try (Connection c = TestDatabases.connect(dir.resolve("shared"), "APPOINTMENTS");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT ID, SLOT_ID FROM APPOINTMENT WHERE STATUS = 'BOOKED'"
                     + " AND REASON = 'Rush'")) {
            Map<String, String> stored = new java.util.HashMap<>();
            while (rows.next()) {
                assertThat(stored.put(rows.getString(1), rows.getString(2))).isNull();
            }
            assertThat(stored).containsAllEntriesOf(confirmed);
            assertThat(new java.util.HashSet<>(stored.values())).as("no slot stored twice").hasSize(stored.size());
        }
        assertThat(new Health(nodeA.port()).up()).isTrue();
        assertThat(viaNginx.call("GET", "/patients/" + patients.get(0) + "/appointments", token, null).status())
                .as("the surviving node serves the same session").isEqualTo(200);
    }

    private static boolean slotsGone(List<String> slots) throws Exception {
        try (Connection c = TestDatabases.connect(dir.resolve("shared"), "APPOINTMENTS");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM SLOT WHERE STATUS = 'FREE' AND ID IN ("
                     + String.join(",", slots) + ")")) {
            rows.next();
            return rows.getInt(1) == 0;
        }
    }

    /** The rush is about the race for slots, not the limit of future appointments per patient (at most 50). */
    private static void allowManyFutureAppointments() throws SQLException {
        try (Connection c = TestDatabases.connect(dir.resolve("shared"), "CORE");
             Statement s = c.createStatement()) {
            long practice;
            try (ResultSet rows = s.executeQuery("SELECT ID FROM PRACTICE WHERE ODS_CODE = 'Y99999'")) {
                rows.next();
                practice = rows.getLong(1);
            }
            s.executeUpdate("DELETE FROM PRACTICE_SETTING WHERE PRACTICE_ID = " + practice
                    + " AND NAME = 'appointments.maxFutureAppointments'");
            s.executeUpdate("INSERT INTO PRACTICE_SETTING (PRACTICE_ID, NAME, SETTING_VALUE) VALUES (" + practice
                    + ", 'appointments.maxFutureAppointments', '50')");
            // as a write through the core would: every node's cached settings are stale now
            s.executeQuery("SELECT nextval('revision')").close();
        }
    }

    private static List<String> freeSlots(PatientApiCalls api, JsonNode session) throws Exception {
        String jane = PatientApiCalls.linkId(session, "Jane Demo");
        LocalDate from = LocalDate.now().plusDays(1);
        PatientApiCalls.Answer found = api.call("GET", "/patients/" + jane + "/appointment-slots?from=" + from
                + "&to=" + from.plusDays(27), session.get("sessionToken").asText(), null);
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        List<String> slots = new ArrayList<>();
        found.body().get("slots").forEach(slot -> slots.add(slot.get("slotId").asText()));
        assertThat(slots).isNotEmpty();
        return slots;
    }

    private static void awaitActive(DistributionProcess node, String module) {
        Health health = new Health(node.port());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> health.stateOf(module).orElse("").equals("ACTIVE"));
    }
}
