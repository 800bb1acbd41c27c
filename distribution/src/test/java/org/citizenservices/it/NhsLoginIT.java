package org.citizenservices.it;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.citizenservices.it.support.DemoPracticeHost;
import org.citizenservices.it.support.GpConnectCalls;
import org.citizenservices.it.support.GpConnectCalls.Answer;
import org.citizenservices.it.support.MockNhsLogin;
import org.citizenservices.it.support.PortalPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.it.support.GpConnectCalls.assertSpine;

/**
 * NHS login against an OpenID Connect provider running in the test. In headless Chromium, "Continue with NHS login":
 * the code flow with PKCE, state and nonce, the code redeemed with our private key, the ID token checked. Arthur,
 * registered at the demo practice with no online account, proves himself to P9 and lands on his home page with an
 * account of his own (NL01); someone proved only to P5 is told what they can do instead. Over HTTP, the GP Connect
 * API takes Jane's NHS login token for her own record and for her children's, refuses anyone else's record with
 * 403, and answers a forged, expired, foreign or P5 token with 401 — each as an OperationOutcome.
 */
class NhsLoginIT {

    static final String ARTHUR_NHS_NUMBER = "9990000042";

    static final MockNhsLogin NHS_LOGIN = new MockNhsLogin();

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.bare().withBrowser().withNhsLogin(NHS_LOGIN::settings);
    static final GpConnectCalls fhir = new GpConnectCalls(() -> demo.host().port());

    @AfterAll
    static void stop() {
        NHS_LOGIN.shutdown();
    }

    @Test
    void givenArthurProvedToP9_whenHeContinuesWithNhsLogin_thenHeIsSignedInToAnAccountOfHisOwn() {
        NHS_LOGIN.server().enqueueCallback(NHS_LOGIN.person("arthur", ARTHUR_NHS_NUMBER, "1941-11-02", "P9"));
        demo.browser().manage().deleteAllCookies();
        PortalPage page = new PortalPage(demo.browser(), demo.host().port());

        page.open("sign-in").waitForView("citizen-sign-in-view");
        page.click("nhs-login-button");
        // either page ends the flow; a refusal's words say why, should it come instead of his home page
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(40)).ignoreExceptions()
                .until(() -> page.shows("home-view") || page.shows("nhs-login-message"));
        assertThat(page.shows("nhs-login-message") ? page.text("nhs-login-message") : "").isEmpty();
        page.waitForView("home-view");
        assertThat(page.text("home-acting-for")).contains("for yourself");
        assertThat(page.shows("home-inactive")).as("active at once: NHS login proved him").isFalse();
        assertThat(demo.host().core().audit().withAction("IDENTITY_VERIFIED", 20)).extracting(e -> e.detail())
                .contains("NHS_LOGIN");
        page.open("account").waitForView("citizen-account-view");
        assertThat(page.text("signs-in-with-nhs-login")).contains("NHS login");
        assertThat(page.shows("password-current")).as("NHS login keeps his password").isFalse();
        page.signOut();
    }

    @Test
    void givenSomeoneProvedOnlyToP5_thenTheyAreToldHowToProveWhoTheyAre_andAreNotSignedIn() {
        NHS_LOGIN.server().enqueueCallback(NHS_LOGIN.person("p5-person", ARTHUR_NHS_NUMBER, "1941-11-02", "P5"));
        demo.browser().manage().deleteAllCookies();
        PortalPage page = new PortalPage(demo.browser(), demo.host().port());

        page.open("sign-in").waitForView("citizen-sign-in-view");
        page.click("nhs-login-button");
        page.waitForView("nhs-login-message");
        assertThat(page.text("nhs-login-message")).contains("P9").contains("photo ID");
        assertThat(page.shows("acting-for")).isFalse();
    }

    @Test
    void givenJanesToken_thenTheApiServesHerRecordAndHerChildrens_andNoOneElses() throws Exception {
        long jane = demo.host().core().patients().demoPatientId("9990000018").orElseThrow();
        long sam = demo.host().core().patients().demoPatientId("9990000026").orElseThrow();
        long rita = demo.host().core().patients().demoPatientId("9990000069").orElseThrow();
        String token = token("jane", "9990000018", "1985-03-14", "P9", 3600);

        Answer metadata = fhir.get("metadata", null);
        assertThat(metadata.status()).isEqualTo(200);
        var statement = (org.hl7.fhir.dstu3.model.CapabilityStatement) metadata.resource();
        assertThat(statement.getRestFirstRep().getResource()).extracting(r -> r.getType()).contains("Patient");

        Answer own = fhir.get("Patient/" + jane, token);
        assertThat(own.status()).isEqualTo(200);
        var patient = (org.hl7.fhir.dstu3.model.Patient) own.resource();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9990000018");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Demo");
        assertThat(fhir.get("Patient/" + sam, token).status()).as("Jane is Sam's proxy").isEqualTo(200);
        assertSpine(fhir.get("Patient/" + rita, token), 403, "ACCESS_DENIED");
        assertSpine(fhir.get("Patient/" + jane, token("stranger", "9434765919", "1961-07-03", "P9", 3600)), 404,
                "PATIENT_NOT_FOUND");
    }

    @Test
    void givenAForgedExpiredForeignOrP5Token_thenEach401_asAnOperationOutcome() throws Exception {
        long jane = demo.host().core().patients().demoPatientId("9990000018").orElseThrow();
        String right = token("jane", "9990000018", "1985-03-14", "P9", 3600);
        String forged = right.substring(0, right.length() - 4) + (right.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertSpine(fhir.get("Patient/" + jane, null), 401, "ACCESS_DENIED");
        assertSpine(fhir.get("Patient/" + jane, forged), 401, "ACCESS_DENIED");
        assertSpine(fhir.get("Patient/" + jane, token("jane", "9990000018", "1985-03-14", "P9", -600)), 401,
                "ACCESS_DENIED");
        assertSpine(fhir.get("Patient/" + jane, token("jane", "9990000018", "1985-03-14", "P5", 3600)), 401,
                "ACCESS_DENIED");
        String foreign = NHS_LOGIN.server().issueToken("elsewhere", "nhs-app", new DefaultOAuth2TokenCallback(
                "elsewhere", "jane", "JWT", List.of(MockNhsLogin.CLIENT_ID), Map.of("nhs_number", "9990000018",
                "identity_proofing_level", "P9"), 3600)).serialize();
        assertSpine(fhir.get("Patient/" + jane, foreign), 401, "ACCESS_DENIED");
    }

    @Test
    void givenJanesToken_whenSheAsksForHerStructuredRecord_thenABundleOfHerAndHerPractice_andRefusalsByName()
            throws Exception {
        String token = token("jane", "9990000018", "1985-03-14", "P9", 3600);
        String requestId = java.util.UUID.randomUUID().toString();

        Answer record = post(token, requestId, parameters("9990000018", "includeAllergies"));
        assertThat(record.status()).isEqualTo(200);
        var bundle = (org.hl7.fhir.dstu3.model.Bundle) record.resource();
        assertThat(bundle.getType()).isEqualTo(org.hl7.fhir.dstu3.model.Bundle.BundleType.COLLECTION);
        assertThat(bundle.getIdElement().getIdPart()).isEqualTo(requestId);
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getResourceType().name())
                .containsExactly("Patient", "Organization", "OperationOutcome");
        assertThat(post(token, requestId, parameters("9990000026", null)).status()).as("Sam: Jane is his proxy")
                .isEqualTo(200);

        assertSpine(post(token, requestId, parameters("9990000069", null)), 403, "ACCESS_DENIED");
        assertSpine(post(token, requestId, parameters("9990000017", null)), 400, "INVALID_NHS_NUMBER");
        assertSpine(post(token, requestId, "{\"resourceType\":\"Parameters\"}"), 422, "INVALID_PARAMETER");
        assertSpine(post(token, requestId, "{\"resourceType\":\"Parameters\",\"parameter\":7}"), 422,
                "INVALID_RESOURCE");
    }

    private static String parameters(String nhsNumber, String section) {
        return "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"patientNHSNumber\","
                + "\"valueIdentifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"" + nhsNumber
                + "\"}}" + (section == null ? "" : ",{\"name\":\"" + section + "\",\"part\":[{\"name\":"
                + "\"includeResolvedAllergies\",\"valueBoolean\":false}]}") + "]}";
    }

    private static Answer post(String token, String requestId, String body) throws Exception {
        return fhir.send("POST", "Patient/$gpc.getstructuredrecord", token, body, Map.of("X-Request-ID", requestId));
    }

    private static String token(String subject, String nhsNumber, String born, String level, long expiry) {
        return NHS_LOGIN.token(subject, nhsNumber, born, level, expiry);
    }
}
