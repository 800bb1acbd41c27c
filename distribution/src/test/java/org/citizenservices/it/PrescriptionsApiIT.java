package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.PatientApiCalls.AppSession;
import org.citizenservices.it.support.DemoLetters;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls;
import org.citizenservices.it.support.PatientApiCalls.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prescriptions routes of the patient API on the real host with the demo practice: Carol, as Arthur's carer,
 * lists his medicines, requests a repeat (again → 409), an acute one (→ 422), cancels; the nominated pharmacy; a
 * proxy without PRESCRIPTIONS registered (Jane for Sam) → 403; bad input → 400, nothing stored.
 */
class PrescriptionsApiIT {

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("prescriptions", Layout.prescriptionsJar());
    static PatientApiCalls api;
    static String carol;
    static String arthur;
    static String jane;
    static String sam;

    @BeforeAll
    static void openSessions() throws Exception {
        api = demo.api();
        AppSession carols = api.open(DemoLetters.CAROL);
        carol = carols.token();
        arthur = carols.linkId("Arthur Elder");
        AppSession janes = api.open(DemoLetters.JANE);
        jane = janes.token();
        sam = janes.linkId("Sam Demo");
    }

    static List<JsonNode> courses() throws Exception {
        Answer answer = api.call("GET", "/patients/" + arthur + "/medications", carol, null);
        assertThat(answer.status()).as(answer.detail()).isEqualTo(200);
        List<JsonNode> courses = new ArrayList<>();
        answer.body().get("courses").forEach(courses::add);
        return courses;
    }

    static String courseId(String namePrefix) throws Exception {
        return courses().stream().filter(c -> c.get("name").asText().startsWith(namePrefix)).findFirst()
                .orElseThrow().get("courseId").asText();
    }

    @Test
    void carolRequestsArthursRepeat_againIsA409_andCancellingFreesIt() throws Exception {
        String amlodipine = courseId("Amlodipine");

        Answer made = api.call("POST", "/patients/" + arthur + "/prescription-requests", carol,
                "{\"courseIds\":[\"" + amlodipine + "\"],\"comment\":\"Running low\"}");

        assertThat(made.status()).as(made.detail()).isEqualTo(201);
        assertThat(made.body().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(made.body().get("courseIds").get(0).asText()).isEqualTo(amlodipine);
        assertThat(courses()).filteredOn(c -> c.get("courseId").asText().equals(amlodipine)).singleElement()
                .satisfies(c -> assertThat(c.get("canRequest").asBoolean()).isFalse());
        Answer again = api.call("POST", "/patients/" + arthur + "/prescription-requests", carol,
                "{\"courseIds\":[\"" + amlodipine + "\"]}");
        assertThat(again.status()).isEqualTo(409);

        String requestId = made.body().get("requestId").asText();
        assertThat(api.call("DELETE", "/patients/" + arthur + "/prescription-requests/" + requestId, carol, null)
                .status()).isEqualTo(204);
        assertThat(api.call("DELETE", "/patients/" + arthur + "/prescription-requests/" + requestId, carol, null)
                .status()).isEqualTo(409);
        Answer listed = api.call("GET", "/patients/" + arthur + "/prescription-requests", carol, null);
        assertThat(listed.body().get("requests")).anySatisfy(r -> {
            assertThat(r.get("requestId").asText()).isEqualTo(requestId);
            assertThat(r.get("status").asText()).isEqualTo("CANCELLED");
        });
        assertThat(courses()).filteredOn(c -> c.get("courseId").asText().equals(amlodipine)).singleElement()
                .satisfies(c -> assertThat(c.get("canRequest").asBoolean()).isTrue());
    }

    @Test
    void anAcuteMedicine_isNotRequestable_a422() throws Exception {
        JsonNode amoxicillin = courses().stream().filter(c -> c.get("type").asText().equals("ACUTE")).findFirst()
                .orElseThrow();
        assertThat(amoxicillin.get("canRequest").asBoolean()).isFalse();

        Answer refused = api.call("POST", "/patients/" + arthur + "/prescription-requests", carol,
                "{\"courseIds\":[\"" + amoxicillin.get("courseId").asText() + "\"]}");

        assertThat(refused.status()).isEqualTo(422);
    }

    @Test
    void aProxyWithoutPrescriptionsRegistered_isRefused_403() throws Exception {
        assertThat(api.call("GET", "/patients/" + sam + "/medications", jane, null).status()).isEqualTo(403);
        assertThat(api.call("POST", "/patients/" + sam + "/prescription-requests", jane,
                "{\"courseIds\":[\"1\"]}").status()).isEqualTo(403);
    }

    @Test
    void theNominatedPharmacy_isChosenFromTheDirectory() throws Exception {
        Answer found = api.call("GET", "/patients/" + arthur + "/pharmacies?search=Mill%20Court", carol, null);
        assertThat(found.status()).as(found.detail()).isEqualTo(200);
        String ods = found.body().get("pharmacies").get(0).get("odsCode").asText();
        assertThat(ods).startsWith("F");

        Answer put = api.call("PUT", "/patients/" + arthur + "/nominated-pharmacy", carol,
                "{\"odsCode\":\"" + ods + "\"}");
        assertThat(put.status()).as(put.detail()).isEqualTo(200);
        Answer got = api.call("GET", "/patients/" + arthur + "/nominated-pharmacy", carol, null);
        assertThat(got.body().get("odsCode").asText()).isEqualTo(ods);
        assertThat(got.body().get("name").asText()).isNotBlank();

        assertThat(api.call("PUT", "/patients/" + arthur + "/nominated-pharmacy", carol,
                "{\"odsCode\":\"FZZ99\"}").status()).isEqualTo(422);
        assertThat(api.call("GET", "/patients/" + arthur + "/nominated-pharmacy", carol, null).body().get("odsCode")
                .asText()).isEqualTo(ods);
    }

    @Test
    void badInput_isA400_andNothingIsStored() throws Exception {
        int before = api.call("GET", "/patients/" + arthur + "/prescription-requests", carol, null).body()
                .get("requests").size();
        for (String body : List.of("{", "{\"courseIds\":\"1\"}", "{\"courseIds\":[]}", "{\"courseIds\":[1]}",
                "{\"comment\":\"x\"}", "[]")) {
            Answer answer = api.call("POST", "/patients/" + arthur + "/prescription-requests", carol, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
        }
        assertThat(api.call("POST", "/patients/" + arthur + "/prescription-requests", carol,
                "{\"courseIds\":[\"999999\"]}").status()).isEqualTo(404);
        assertThat(api.call("GET", "/patients/" + arthur + "/prescription-requests", carol, null).body()
                .get("requests").size()).isEqualTo(before);
    }
}
