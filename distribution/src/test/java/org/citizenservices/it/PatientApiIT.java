package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoLetters;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.core.api.audit.AuditEventDetails;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls;
import org.citizenservices.it.support.PatientApiCalls.Answer;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient API contract (docs/patient-api.md) against the host booted in-process with the demo practice and the
 * appointments module: linkage with each detail wrong in turn, lockout, sessions, patient links from the core's
 * rule, capability routes coming and going with their bundle, and bad input that never yields a 5xx.
 */
class PatientApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    // this suite tries credentials much faster than any one app would; the limit itself is tested below
    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("appointments", Layout.appointmentsJar())
            .credentialAttemptsPerMinute(100_000);
    static final HttpClient http = HttpClient.newHttpClient();
    static PatientApiCalls api;

    @BeforeAll
    static void calls() {
        api = demo.api();
    }

    static Answer call(String method, String path, String token, String body) throws IOException, InterruptedException {
        return api.call(method, path, token, body);
    }

    static String link(String letter) throws Exception {
        return api.link(letter);
    }

    static JsonNode session(String accessIdentity) throws Exception {
        return api.session(accessIdentity);
    }

    static String linkId(JsonNode session, String name) {
        return PatientApiCalls.linkId(session, name);
    }

    static StaffMember manager() {
        return demo.host().core().staffSignIn().signIn("manager", "Practice-Demo-2026!");
    }

    @Test
    void givenJanesLetter_whenLinkedAndASessionOpened_thenHerPatientsComeWithTheServicesAvailableNow() throws Exception {
        JsonNode session = session(link(DemoLetters.JANE));

        assertThat(session.get("user").get("vuaId").asText()).isEqualTo("DEMO100001");
        assertThat(session.get("expiresAt").asText()).endsWith("Z");
        assertThat(session.get("patients")).extracting(p -> p.get("name").asText())
                .containsExactly("Jane Demo", "Lily Demo", "Sam Demo");
        // only appointments is installed: the rule's first condition
        for (JsonNode patient : session.get("patients")) {
            assertThat(patient.get("services")).extracting(JsonNode::asText).containsExactly("APPOINTMENTS");
        }
        JsonNode sam = session.get("patients").get(2);
        assertThat(sam.get("associationType").asText()).isEqualTo("PROXY");
        assertThat(sam.get("relationship").asText()).isEqualTo("Mother");
        assertThat(sam.get("dateOfBirth").asText()).isEqualTo("2019-06-02");

        String token = session.get("sessionToken").asText();
        Answer slots = call("GET", "/patients/" + linkId(session, "Sam Demo") + "/appointment-slots", token, null);
        assertThat(slots.status()).isEqualTo(200);
        assertThat(slots.body().get("slots").size()).isGreaterThan(0);
        assertThat(slots.body().get("slots").get(0).get("clinician").get("name").asText()).isNotBlank();

        List<? extends AuditEventDetails> audited = demo.host().core().audit().withAction("APPOINTMENT_SLOTS_VIEWED", 5);
        assertThat(audited).first().satisfies(e -> {
            assertThat(e.actingAs().name()).isEqualTo("PROXY");
            // the registered app's name and id, not whatever the caller calls itself
            assertThat(e.source()).isEqualTo("app: Demo citizen app (app demo-app)");
        });

        assertThat(call("DELETE", "/sessions/current", token, null).status()).isEqualTo(204);
        assertThat(call("GET", "/patients/" + linkId(session, "Sam Demo") + "/appointment-slots", token, null).status())
                .isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} wrong")
    @ValueSource(strings = {"accountId", "linkageKey", "odsCode", "surname", "dateOfBirth"})
    void givenOneDetailWrong_thenThe401IsIdentical_andTheAuditHasTheRealReason(String field) throws Exception {
        org.citizenservices.core.api.vua.RegistrationLetter letter = newPatientWithLetter("Wrong-" + field,
                java.time.LocalDate.of(1970, 7, 7));
        Map<String, Object> details = new java.util.LinkedHashMap<>(Map.of("accountId", letter.accountId(),
                "linkageKey", letter.linkageKey(), "odsCode", "Y99999", "surname", "Wrong-" + field,
                "dateOfBirth", "1970-07-07"));
        Map<String, String> wrong = Map.of("accountId", "ZZZZ999999", "linkageKey", "Hp4Wn8Qz3Rk7Xt2X",
                "odsCode", "A81001", "surname", "Carter", "dateOfBirth", "1970-07-08");
        details.put(field, wrong.get(field));

        Answer answer = call("POST", "/linkages", null, JSON.writeValueAsString(details));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.detail()).isEqualTo(org.citizenservices.core.api.vua.LinkageCheck.DO_NOT_MATCH);
        AuditEventDetails attempt = demo.host().core().audit().withAction("LINKAGE_ATTEMPT", 1).get(0);
        assertThat(attempt.detail()).isEqualTo(switch (field) {
            case "accountId" -> "NO_SUCH_ACCOUNT";
            case "linkageKey" -> "WRONG_KEY";
            case "odsCode" -> "WRONG_PRACTICE";
            case "surname" -> "WRONG_SURNAME";
            default -> "WRONG_DATE_OF_BIRTH";
        });
    }

    /** A newly registered patient with a verified online account of their own and a registration letter. */
    static org.citizenservices.core.api.vua.RegistrationLetter newPatientWithLetter(String surname, java.time.LocalDate born) {
        StaffMember manager = manager();
        var patient = demo.host().core().patients().register(manager, new org.citizenservices.core.api.patient.NewPatient(
                nextNhsNumber(), new org.citizenservices.core.api.domain.PersonName(null, "Test", surname), born, null, null));
        var vua = demo.host().core().accounts().create(manager, new org.citizenservices.core.api.vua.NewAccount(patient.name(),
                born, null, null));
        demo.host().core().identityVerifications().verifyIdentity(manager, vua.id(), new org.citizenservices.core.api.vua.IdentityCheck(
                java.time.LocalDate.of(2026, 1, 5), org.citizenservices.core.api.vua.VerificationMethod.VOUCHING, null,
                "Dr Asha Patel", null, null));
        demo.host().core().associations().associate(manager, vua.id(), patient.id(),
                org.citizenservices.core.api.vua.AssociationRequest.self(java.time.LocalDate.of(2026, 1, 5)));
        return demo.host().core().linkageKeys().issueLinkageKey(manager, vua.id(), null);
    }

    private static int serial = 5000;

    static synchronized org.citizenservices.core.api.domain.NhsNumber nextNhsNumber() {
        while (true) {
            String nine = String.format("99950%04d", serial++);
            for (int check = 0; check <= 9; check++) {
                try {
                    return new org.citizenservices.core.api.domain.NhsNumber(nine + check);
                } catch (IllegalArgumentException wrong) {
                    // the next check digit
                }
            }
        }
    }

    @Test
    void givenParallelWrongLinkages_thenFiveAreChecked_theRestRefusedAlike_untilTheKeyIsReset() throws Exception {
        String wrong = "{\"accountId\":\"DEMO100004\",\"linkageKey\":\"Ab3Cd4Ef5Gh6Jk7M\",\"odsCode\":\"Y99999\","
                + "\"surname\":\"Left\",\"dateOfBirth\":\"1978-09-30\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> call("POST", "/linkages", null, wrong).status()));
            }
            for (Future<Integer> c : calls) {
                statuses.add(c.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // locked or not, the same 401: a different answer would confirm to a stranger that the account ID is real
        assertThat(statuses).containsOnly(401).hasSize(16);
        List<String> outcomes = demo.host().core().audit().withAction("LINKAGE_ATTEMPT", 1000).stream()
                .filter(e -> "DEMO100004".equals(e.accountId())).map(e -> e.outcome().name()).toList();
        assertThat(outcomes).as("four checked and failed").filteredOn("FAILED"::equals).hasSize(4);
        assertThat(outcomes).as("then locked: the fifth and the rest refused unchecked")
                .filteredOn("DENIED"::equals).hasSize(12);
        String right = "{\"accountId\":\"DEMO100004\",\"linkageKey\":\"Rk4Fz8Hc2Vm6Jt9Q\",\"odsCode\":\"Y99999\","
                + "\"surname\":\"Left\",\"dateOfBirth\":\"1978-09-30\"}";
        Answer locked = call("POST", "/linkages", null, right);
        assertThat(locked.status()).as("locked even with the right details").isEqualTo(401);
        assertThat(locked.raw().body()).as("the same words as a wrong key").contains("do not match our records");

        long rita = demo.host().core().accounts().search(manager(), "DEMO100004").get(0).id();
        String newKey = demo.host().core().linkageKeys().issueLinkageKey(manager(), rita, "Locked after guessing").linkageKey();
        assertThat(call("POST", "/linkages", null, right.replace("Rk4Fz8Hc2Vm6Jt9Q", newKey)).status()).isEqualTo(201);
    }

    @Test
    void onlyARegisteredAppLinksAndOpensSessions_eachWithItsOwnIdentities_untilTheSupplierRevokesIt() throws Exception {
        long linkagesBefore = linkages();
        for (String path : List.of("/linkages", "/sessions")) {
            String body = path.equals("/linkages") ? DemoLetters.JANE : "{\"accessIdentity\":\"x\"}";
            assertThat(api.callWith("POST", path, Map.of(), body).status()).as(path).isEqualTo(401);
            assertThat(api.callWith("POST", path, Map.of("Authorization", basic("demo-app", "Wrong-Secret")), body)
                    .detail()).as(path).contains("not the credentials of a registered app");
        }
        assertThat(linkages()).isEqualTo(linkagesBefore);

        var core = demo.host().core();
        var other = core.apps().register(new org.citizenservices.core.api.operator.Provisioning.Operator("test"),
                "Other App", "dev@other.example");
        String otherApp = basic(other.clientId(), other.clientSecret());
        String janesIdentity = link(DemoLetters.JANE);
        assertThat(api.callWith("POST", "/sessions", Map.of("Authorization", otherApp),
                "{\"accessIdentity\":\"" + janesIdentity + "\"}").detail()).contains("not known");

        Answer linked = api.callWith("POST", "/linkages", Map.of("Authorization", otherApp), DemoLetters.JANE);
        JsonNode session = api.callWith("POST", "/sessions", Map.of("Authorization", otherApp),
                "{\"accessIdentity\":\"" + linked.body().get("accessIdentity").asText() + "\"}").body();
        String token = session.get("sessionToken").asText();
        String slots = "/patients/" + linkId(session, "Jane Demo") + "/appointment-slots";
        assertThat(call("GET", slots, token, null).status()).isEqualTo(200);
        assertThat(core.audit().withAction("APPOINTMENT_SLOTS_VIEWED", 1)).first()
                .satisfies(e -> assertThat(e.source()).isEqualTo("app: Other App (app " + other.clientId() + ")"));

        core.apps().revoke(supplierAdmin(core), other.clientId(), "Stopped meeting the supplier's terms");

        assertThat(call("GET", slots, token, null).status()).isEqualTo(401);
        assertThat(api.callWith("POST", "/linkages", Map.of("Authorization", otherApp), DemoLetters.JANE).status())
                .isEqualTo(401);
        var jane = core.citizens().checkPassword("jane.demo", "Portal-Demo-2026!").signedIn().orElseThrow();
        assertThat(core.citizens().connectedApps(jane)).extracting(l -> l.appName())
                .doesNotContain("Other App").contains("Demo citizen app");
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A supplier administrator, added, activated and signed in with a code as the supplier pages do it. */
    private static org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember supplierAdmin(
            org.citizenservices.core.Core core) {
        var totp = new org.citizenservices.core.api.security.TotpCodes();
        String secret = org.citizenservices.core.api.security.TotpCodes.newSecret();
        String token = core.provisioning().addSupplierAdmin(new org.citizenservices.core.api.operator.Provisioning
                .Operator("test"), new org.citizenservices.core.api.operator.Provisioning.NewSupplierAdmin(
                "api.supplier", "Api Supplier", "api@supplier.example")).activationToken();
        List<String> recovery = core.staffActivation().activate(token, "Supplier-Lantern-Quay", secret,
                totp.codeAt(secret, java.time.Instant.now()));
        return core.supplierSignIn().secondFactor(core.supplierSignIn().checkPassword("api.supplier",
                "Supplier-Lantern-Quay"), recovery.get(0));
    }

    @Test
    void givenAKeyReset_thenOpenSessionsEnd_andTheAccessIdentityIsRefused() throws Exception {
        String carolLetter = "{\"accountId\":\"DEMO100002\",\"linkageKey\":\"Hp4Wn8Qz3Rk7Xt2M\",\"odsCode\":\"Y99999\","
                + "\"surname\":\"carer \",\"dateOfBirth\":\"1970-07-07\"}";
        String identity = link(carolLetter);
        JsonNode session = session(identity);
        String arthur = linkId(session, "Arthur Elder");
        String token = session.get("sessionToken").asText();
        assertThat(call("GET", "/patients/" + arthur + "/appointment-slots", token, null).status()).isEqualTo(200);

        long carol = demo.host().core().accounts().search(manager(), "DEMO100002").get(0).id();
        String newKey = demo.host().core().linkageKeys().issueLinkageKey(manager(), carol, "Phone stolen").linkageKey();

        assertThat(call("GET", "/patients/" + arthur + "/appointment-slots", token, null).status()).isEqualTo(401);
        assertThat(call("POST", "/sessions", null, "{\"accessIdentity\":\"" + identity + "\"}").status()).isEqualTo(403);
        // linking again with the new letter works, and the VUA is active again
        session(link(carolLetter.replace("Hp4Wn8Qz3Rk7Xt2M", newKey)));
    }

    @Test
    void givenAnInactiveAccount_thenLinkageSucceedsButNoSessionOpens() throws Exception {
        String identity = link("{\"accountId\":\"DEMO100003\",\"linkageKey\":\"Tm3Bx7Kq9Wd2Np5R\",\"odsCode\":\"Y99999\","
                + "\"surname\":\"Inactive\",\"dateOfBirth\":\"1990-01-01\"}");

        Answer refused = call("POST", "/sessions", null, "{\"accessIdentity\":\"" + identity + "\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).contains("not active");
    }

    @Test
    void givenAServiceSwitchedOffForAPatient_thenItVanishesFromTheirLink_andItsCallsAre403() throws Exception {
        StaffMember manager = manager();
        long lily = demo.host().core().patients().search(manager, "Lily").get(0).id();
        demo.host().core().patients().setService(manager, lily, CitizenService.APPOINTMENTS, false, "Lily books her own");
        try {
            JsonNode session = session(link(DemoLetters.JANE));
            JsonNode lilyLink = session.get("patients").get(1);
            assertThat(lilyLink.get("name").asText()).isEqualTo("Lily Demo");
            assertThat(lilyLink.get("services")).isEmpty();
            Answer refused = call("GET", "/patients/" + lilyLink.get("patientLinkId").asText() + "/appointment-slots",
                    session.get("sessionToken").asText(), null);
            assertThat(refused.status()).isEqualTo(403);
        } finally {
            demo.host().core().patients().setService(manager, lily, CitizenService.APPOINTMENTS, true, null);
        }
    }

    @Test
    void givenTheExampleModuleOffered_thenJaneHasItForHerself_butNotForSam_whoseProxyDoesNotRegisterIt()
            throws Exception {
        demo.deploy("travel-health", Layout.exampleJar());
        try {
            demo.host().core().practices().setService(manager(), new CitizenService("TRAVEL_HEALTH"), true, null);
            JsonNode session = session(link(DemoLetters.JANE));
            assertThat(session.get("patients").get(0).get("services")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("APPOINTMENTS", "TRAVEL_HEALTH");
            assertThat(session.get("patients").get(2).get("services")).extracting(JsonNode::asText)
                    .containsExactly("APPOINTMENTS");
        } finally {
            demo.remove("travel-health");
        }
    }

    @Test
    void givenTheAppointmentsBundleRemoved_thenItsRoutesAndOpenApiEntriesGo_andComeBackWithIt() throws Exception {
        JsonNode session = session(link(DemoLetters.JANE));
        String token = session.get("sessionToken").asText();
        String slots = "/patients/" + linkId(session, "Jane Demo") + "/appointment-slots";
        assertThat(call("GET", "/openapi.json", null, null).body().get("paths").has("/patients/{patientLinkId}/appointment-slots"))
                .isTrue();

        demo.remove("appointments");
        try {
            assertThat(call("GET", slots, token, null).status()).isEqualTo(404);
            JsonNode openApi = call("GET", "/openapi.json", null, null).body();
            assertThat(openApi.get("openapi").asText()).startsWith("3.");
            assertThat(openApi.get("paths").has("/patients/{patientLinkId}/appointment-slots")).isFalse();
            assertThat(openApi.get("paths").has("/linkages")).isTrue();
        } finally {
            demo.deploy("appointments", Layout.appointmentsJar());
        }
        assertThat(call("GET", slots, token, null).status()).isEqualTo(200);
        JsonNode schema = call("GET", "/openapi.json", null, null).body().get("components").get("schemas");
        assertThat(schema.get("Slot").get("properties").get("mode").get("enum")).extracting(JsonNode::asText)
                .containsExactly("IN_PERSON", "TELEPHONE", "VIDEO");
    }

    @Test
    void givenBadInput_thenTheContractsStatusWithAProblemDocument_andNothingStored() throws Exception {
        long linkagesBefore = linkages();
        assertThat(call("POST", "/linkages", null, "{not json").status()).isEqualTo(400);
        assertThat(call("POST", "/linkages", null, "[]").status()).isEqualTo(400);
        assertThat(call("POST", "/linkages", null, "{\"accountId\": 100001}").status()).isEqualTo(400);
        assertThat(call("POST", "/linkages", null, DemoLetters.JANE.replace("1985-03-14", "14/03/1985")).status()).isEqualTo(400);
        assertThat(call("POST", "/linkages", null, DemoLetters.JANE.replace(",\"surname\":\"Demo\"", "")).detail())
                .contains("surname");
        assertThat(call("POST", "/linkages", null, "{\"pad\":\"" + "x".repeat(70_000) + "\"}").status()).isEqualTo(413);
        assertThat(call("POST", "/sessions", null, "{\"accessIdentity\":\"nope\"}").status()).isEqualTo(401);
        assertThat(call("POST", "/sessions", null, "{\"accessIdentity\": 5}").status()).isEqualTo(400);
        assertThat(call("GET", "/linkages", null, null).status()).isEqualTo(405);
        assertThat(call("GET", "/nothing-here", null, null).status()).isEqualTo(404);
        assertThat(linkages()).isEqualTo(linkagesBefore);

        JsonNode session = session(link(DemoLetters.JANE));
        String token = session.get("sessionToken").asText();
        String jane = linkId(session, "Jane Demo");
        assertThat(call("GET", "/patients/" + jane + "/appointment-slots", null, null).status()).isEqualTo(401);
        assertThat(call("GET", "/patients/" + jane + "/appointment-slots", "forged", null).status()).isEqualTo(401);
        assertThat(call("GET", "/patients/someone-elses/appointment-slots", token, null).status()).isEqualTo(404);
        assertThat(call("GET", "/patients/" + jane + "/appointment-slots?from=yesterday", token, null).status())
                .isEqualTo(400);
        assertThat(call("GET", "/patients/" + jane + "/appointment-slots?from=2026-01-01&to=2026-12-31", token, null)
                .detail()).contains("at most");
        assertThat(call("GET", "/patients/" + jane + "/no-such-thing", token, null).status()).isEqualTo(404);
        assertThat(call("POST", "/patients/" + jane + "/appointment-slots", token, "{}").status()).isEqualTo(405);

        JsonNode other = session(link(DemoLetters.JANE.replace("Healthy Me", "Other App")));
        assertThat(call("GET", "/patients/" + linkId(other, "Jane Demo") + "/appointment-slots", token, null).status())
                .as("a patient link of another session").isEqualTo(404);
    }

    private static long linkages() {
        return demo.host().core().transactions().read(em ->
                em.createQuery("select count(l) from AccountLinkage l", Long.class).getSingleResult());
    }
}
