package org.citizenservices.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.patient.Sex;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.NewAccount;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.api.vua.VuaDetails;
import org.citizenservices.host.CitizenServicesHost;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


/**
 * Booking under a rush (run by bench/appointments.sh): N patients' apps, each with its own session, race for 50
 * slots — each client books one slot, four clients to a slot — through {@code POST /appointments} on the real host.
 * Every round must end with exactly 50 bookings; the rounds' requests give the throughput and the latencies. In the
 * same run, the raw rate of the same database work (a conditional slot update and an appointment insert, committed
 * one booking at a time) by as many threads on a bare Derby database, as the ceiling.
 */
public final class BookingBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int SLOTS = 50;

    record Client(String token, String patientLink) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (CitizenServicesHost host = BenchHost.start("booking-bench")) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String api = BenchHost.api(host);

            long began = System.nanoTime();
            List<Client> patients = patientsWithApps(host.core(), http, api, clients);
            System.out.printf("%d patients with linked apps and sessions in %d s%n", clients,
                    (System.nanoTime() - began) / 1_000_000_000);

            List<String> free = freeSlots(http, api, patients.get(0));
            if (free.size() < SLOTS) {
                throw new IllegalStateException("only " + free.size() + " free slots");
            }
            List<Long> micros = new ArrayList<>();
            double seconds = 0;
            // the first rounds warm up (first look at each patient's access, the JIT) and are not counted
            for (int round = 0; round < warmUp + rounds; round++) {
                // the bookings are cancelled after each round, so the rounds go round the free slots
                int first = round % (free.size() / SLOTS) * SLOTS;
                List<String> slots = free.subList(first, first + SLOTS);
                Round result = race(http, api, patients, slots);
                if (result.booked() != SLOTS || result.taken() != clients - SLOTS) {
                    throw new IllegalStateException("round " + round + ": " + result.booked() + " booked, "
                            + result.taken() + " taken, " + result.other() + " other answers");
                }
                if (round >= warmUp) {
                    micros.addAll(result.micros());
                    seconds += result.seconds();
                }
                System.out.printf("round %d%s: %d booked, %d told the slot was taken, in %.0f ms%n", round,
                        round < warmUp ? " (warm-up)" : "",
                        result.booked(), result.taken(), result.seconds() * 1000);
            }
            report(clients + " clients, " + SLOTS + " slots, POST /appointments", micros, seconds);
        }
        rawDerby(Files.createTempDirectory("booking-bench-raw").resolve("raw"), clients, rounds);
    }

    /** Registers patients with ACTIVE online accounts, links an app for each and opens its session. */
    static List<Client> patientsWithApps(Core core, HttpClient http, String api, int count) throws Exception {
        StaffMember manager = core.staffSignIn().signIn("manager", "Practice-Demo-2026!");
        List<Client> clients = new ArrayList<>();
        int serial = 0;
        for (int i = 0; i < count; i++) {
            NhsNumber nhs = NhsNumber.firstFrom("9992", serial);
            serial = Integer.parseInt(nhs.value().substring(4, 9)) + 1;
            String family = "Rush" + letters(i);
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(i * 97L);
            PatientDetails patient = core.patients().register(manager, new NewPatient(nhs,
                    new PersonName(null, "Pat", family), born, Sex.UNKNOWN, ContactDetails.NONE));
            VuaDetails vua = core.accounts().create(manager, new NewAccount(patient.name(), born, null, null));
            core.identityVerifications().verifyIdentity(manager, vua.id(), new IdentityCheck(LocalDate.now(),
                    VerificationMethod.IDENTITY_DOCUMENTATION, IdentityDocument.PASSPORT, null, null, null));
            core.associations().associate(manager, vua.id(), patient.id(), AssociationRequest.self(LocalDate.now()));
            RegistrationLetter letter = core.linkageKeys().issueLinkageKey(manager, vua.id(), null);
            JsonNode linked = post(http, api + "/linkages", null, "{\"accountId\":\"" + letter.accountId()
                    + "\",\"linkageKey\":\"" + letter.linkageKey() + "\",\"odsCode\":\"Y99999\",\"surname\":\""
                    + family + "\",\"dateOfBirth\":\"" + born + "\"}");
            JsonNode session = post(http, api + "/sessions", null, "{\"accessIdentity\":\""
                    + linked.get("accessIdentity").asText() + "\"}");
            clients.add(new Client(session.get("sessionToken").asText(),
                    session.get("patients").get(0).get("patientLinkId").asText()));
        }
        return clients;
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    static List<String> freeSlots(HttpClient http, String api, Client client) throws Exception {
        LocalDate from = LocalDate.now().plusDays(1);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "/patients/"
                        + client.patientLink() + "/appointment-slots?from=" + from + "&to=" + from.plusDays(20)))
                .header("Authorization", "Bearer " + client.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        JSON.readTree(answer.body()).get("slots").forEach(slot -> ids.add(slot.get("slotId").asText()));
        return ids;
    }

    record Round(int booked, int taken, int other, List<Long> micros, double seconds) {
    }

    /** Every client books one slot at the same moment; client i takes slot i mod 50. */
    static Round race(HttpClient http, String api, List<Client> clients, List<String> slots) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> answers = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            String slotId = slots.get(i % slots.size());
            answers.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/patients/" + client.patientLink()
                                + "/appointments")).header("Authorization", "Bearer " + client.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"slotId\":\"" + slotId + "\"}")).build();
                go.await();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - start) / 1000;
                if (response.statusCode() == 201) {
                    // given back after the round, so that no patient reaches the practice's maximum
                    booked(client, JSON.readTree(response.body()).get("appointmentId").asText());
                } else if (response.statusCode() != 409) {
                    System.out.println("unexpected " + response.statusCode() + ": " + response.body());
                }
                return new long[]{response.statusCode(), took};
            }));
        }
        long began = System.nanoTime();
        go.countDown();
        int booked = 0;
        int taken = 0;
        int other = 0;
        List<Long> micros = new ArrayList<>();
        for (Future<long[]> answer : answers) {
            long[] result = answer.get();
            micros.add(result[1]);
            if (result[0] == 201) {
                booked++;
            } else if (result[0] == 409) {
                taken++;
            } else {
                other++;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        synchronized (BOOKED) {
            for (String[] appointment : BOOKED) {
                HttpResponse<String> cancelled = http.send(HttpRequest.newBuilder(URI.create(api + "/patients/"
                                + appointment[1] + "/appointments/" + appointment[2]))
                        .header("Authorization", "Bearer " + appointment[0]).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (cancelled.statusCode() != 204) {
                    throw new IllegalStateException("cancel answered " + cancelled.statusCode());
                }
            }
            BOOKED.clear();
        }
        return new Round(booked, taken, other, micros, seconds);
    }

    private static final List<String[]> BOOKED = new ArrayList<>();

    private static void booked(Client client, String appointmentId) {
        synchronized (BOOKED) {
            BOOKED.add(new String[]{client.token(), client.patientLink(), appointmentId});
        }
    }

    private static JsonNode post(HttpClient http, String uri, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        request.header("Authorization", token != null ? "Bearer " + token : org.citizenservices.it.support.DemoLetters.APP_AUTHORIZATION);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * The same database work without the host: per booking, a conditional update of the slot and an appointment
     * insert with the unique live-slot key, committed; as many threads as clients, four to a slot.
     */
    static void rawDerby(Path dir, int clients, int rounds) throws Exception {
        String url = "jdbc:derby:" + dir.toAbsolutePath() + ";create=true";
        try (Connection setup = DriverManager.getConnection(url); Statement ddl = setup.createStatement()) {
            ddl.execute("CREATE TABLE SLOT (ID BIGINT PRIMARY KEY, STATUS VARCHAR(20) NOT NULL)");
            ddl.execute("CREATE TABLE APPOINTMENT (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " SLOT_ID BIGINT NOT NULL, LIVE_SLOT_ID BIGINT UNIQUE, PATIENT_ID BIGINT NOT NULL,"
                    + " STATUS VARCHAR(20) NOT NULL, BOOKED_AT TIMESTAMP NOT NULL)");
            for (int s = 0; s < SLOTS * rounds; s++) {
                ddl.execute("INSERT INTO SLOT VALUES (" + s + ", 'FREE')");
            }
        }
        List<Long> micros = new ArrayList<>();
        double seconds = 0;
        for (int round = 0; round < rounds; round++) {
            int first = round * SLOTS;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                long slot = first + i % SLOTS;
                long patient = i;
                answers.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url)) {
                        c.setAutoCommit(false);
                        go.await();
                        long start = System.nanoTime();
                        boolean booked = bookRetrying(c, slot, patient);
                        return new long[]{booked ? 1 : 0, (System.nanoTime() - start) / 1000};
                    }
                }));
            }
            long began = System.nanoTime();
            go.countDown();
            int booked = 0;
            for (Future<long[]> answer : answers) {
                long[] result = answer.get();
                booked += (int) result[0];
                micros.add(result[1]);
            }
            seconds += (System.nanoTime() - began) / 1e9;
            pool.shutdown();
            if (booked != SLOTS) {
                throw new IllegalStateException("raw round " + round + " booked " + booked);
            }
        }
        report("raw Derby, same work, " + clients + " threads", micros, seconds);
        try {
            DriverManager.getConnection("jdbc:derby:" + dir.toAbsolutePath() + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
    }

    /** Tried again on a lock conflict, three times at most, as the appointment book does. */
    private static boolean bookRetrying(Connection c, long slot, long patient) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return book(c, slot, patient);
            } catch (SQLException e) {
                c.rollback();
                if (attempt == 3 || e.getSQLState() == null || !e.getSQLState().startsWith("40")) {
                    throw e;
                }
            }
        }
    }

    private static boolean book(Connection c, long slot, long patient) throws SQLException {
        try (PreparedStatement take = c.prepareStatement("UPDATE SLOT SET STATUS = 'BOOKED' WHERE ID = ? AND STATUS = 'FREE'");
             PreparedStatement insert = c.prepareStatement("INSERT INTO APPOINTMENT (SLOT_ID, LIVE_SLOT_ID, PATIENT_ID,"
                     + " STATUS, BOOKED_AT) VALUES (?, ?, ?, 'BOOKED', CURRENT_TIMESTAMP)")) {
            take.setLong(1, slot);
            if (take.executeUpdate() == 0) {
                c.rollback();
                return false;
            }
            insert.setLong(1, slot);
            insert.setLong(2, slot);
            insert.setLong(3, patient);
            insert.executeUpdate();
            c.commit();
            return true;
        }
    }

    private static void report(String what, List<Long> micros, double seconds) {
        long[] m = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-48s %6.0f req/s   p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (%d requests)%n", what,
                m.length / seconds, m[m.length / 2] / 1000.0, m[Math.min(m.length - 1, (int) (m.length * 0.99))] / 1000.0,
                m[m.length - 1] / 1000.0, m.length);
    }
}
