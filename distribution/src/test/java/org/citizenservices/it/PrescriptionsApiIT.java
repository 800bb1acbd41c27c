package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoApps;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls.Answer;
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
    static final DemoApps apps = demo.apps();

    static List<JsonNode> courses() throws Exception {
        Answer answer = apps.call("GET", "/patients/" + apps.arthur() + "/medications", apps.carolToken(), null);
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

        Answer made = apps.call("POST", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                "{\"courseIds\":[\"" + amlodipine + "\"],\"comment\":\"Running low\"}");

        assertThat(made.status()).as(made.detail()).isEqualTo(201);
        assertThat(made.body().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(made.body().get("courseIds").get(0).asText()).isEqualTo(amlodipine);
        assertThat(courses()).filteredOn(c -> c.get("courseId").asText().equals(amlodipine)).singleElement()
                .satisfies(c -> assertThat(c.get("canRequest").asBoolean()).isFalse())
                .satisfies(c -> assertThat(c.get("reasonCode").asText()).isEqualTo("ALREADY_REQUESTED"))
                .satisfies(c -> assertThat(c.get("reason").asText()).startsWith("Ordered on ")
                        .endsWith(", still being processed by the practice."));
        Answer again = apps.call("POST", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                "{\"courseIds\":[\"" + amlodipine + "\"]}");
        assertThat(again.status()).isEqualTo(409);

        String requestId = made.body().get("requestId").asText();
        assertThat(apps.call("DELETE", "/patients/" + apps.arthur() + "/prescription-requests/" + requestId,
                apps.carolToken(), null)
                .status()).isEqualTo(204);
        assertThat(apps.call("DELETE", "/patients/" + apps.arthur() + "/prescription-requests/" + requestId,
                apps.carolToken(), null)
                .status()).isEqualTo(409);
        Answer listed = apps.call("GET", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                null);
        assertThat(listed.body().get("requests")).anySatisfy(r -> {
            assertThat(r.get("requestId").asText()).isEqualTo(requestId);
            assertThat(r.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(r.get("progress")).extracting(step -> step.get("status").asText())
                    .containsExactly("REQUESTED", "CANCELLED");
            assertThat(r.get("progress").get(1).get("at").asText()).isNotBlank();
            assertThat(r.get("progress").get(1).get("pharmacy").isNull()).isTrue();
        });
        assertThat(courses()).filteredOn(c -> c.get("courseId").asText().equals(amlodipine)).singleElement()
                .satisfies(c -> assertThat(c.get("canRequest").asBoolean()).isTrue());
    }

    @Test
    void anAcuteMedicine_isNotRequestable_a422() throws Exception {
        JsonNode amoxicillin = courses().stream().filter(c -> c.get("type").asText().equals("ACUTE")).findFirst()
                .orElseThrow();
        assertThat(amoxicillin.get("canRequest").asBoolean()).isFalse();
        assertThat(amoxicillin.get("reasonCode").asText()).isEqualTo("ONE_OFF");

        Answer refused = apps.call("POST", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                "{\"courseIds\":[\"" + amoxicillin.get("courseId").asText() + "\"]}");

        assertThat(refused.status()).isEqualTo(422);
    }

    @Test
    void aRepeatWhoseReviewIsDue_saysSo_REVIEW_DUE_andIsRefused_a422() throws Exception {
        JsonNode omeprazole = courses().stream().filter(c -> c.get("name").asText().startsWith("Omeprazole"))
                .findFirst().orElseThrow();
        assertThat(omeprazole.get("canRequest").asBoolean()).isFalse();
        assertThat(omeprazole.get("reasonCode").asText()).isEqualTo("REVIEW_DUE");
        assertThat(omeprazole.get("reason").asText()).startsWith("Review due: contact the practice.");

        Answer refused = apps.call("POST", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                "{\"courseIds\":[\"" + omeprazole.get("courseId").asText() + "\"]}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("Review due");
    }

    @Test
    void aProxyWithoutPrescriptionsRegistered_isRefused_403() throws Exception {
        assertThat(apps.call("GET", "/patients/" + apps.sam() + "/medications", apps.janeToken(),
                null).status()).isEqualTo(403);
        assertThat(apps.call("POST", "/patients/" + apps.sam() + "/prescription-requests", apps.janeToken(),
                "{\"courseIds\":[\"1\"]}").status()).isEqualTo(403);
    }

    @Test
    void theNominatedPharmacy_isChosenFromTheDirectory() throws Exception {
        Answer found = apps.call("GET", "/patients/" + apps.arthur() + "/pharmacies?search=Mill%20Court",
                apps.carolToken(), null);
        assertThat(found.status()).as(found.detail()).isEqualTo(200);
        String ods = found.body().get("pharmacies").get(0).get("odsCode").asText();
        assertThat(ods).startsWith("F");

        Answer put = apps.call("PUT", "/patients/" + apps.arthur() + "/nominated-pharmacy", apps.carolToken(),
                "{\"odsCode\":\"" + ods + "\"}");
        assertThat(put.status()).as(put.detail()).isEqualTo(200);
        Answer got = apps.call("GET", "/patients/" + apps.arthur() + "/nominated-pharmacy", apps.carolToken(), null);
        assertThat(got.body().get("odsCode").asText()).isEqualTo(ods);
        assertThat(got.body().get("name").asText()).isNotBlank();

        assertThat(apps.call("PUT", "/patients/" + apps.arthur() + "/nominated-pharmacy", apps.carolToken(),
                "{\"odsCode\":\"FZZ99\"}").status()).isEqualTo(422);
        assertThat(apps.call("GET", "/patients/" + apps.arthur() + "/nominated-pharmacy", apps.carolToken(),
                null).body().get("odsCode")
                .asText()).isEqualTo(ods);
    }

    @Test
    void badInput_isA400_andNothingIsStored() throws Exception {
        int before = apps.call("GET", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                null).body()
                .get("requests").size();
        for (String body : List.of("{", "{\"courseIds\":\"1\"}", "{\"courseIds\":[]}", "{\"courseIds\":[1]}",
                "{\"comment\":\"x\"}", "[]")) {
            Answer answer = apps.call("POST", "/patients/" + apps.arthur() + "/prescription-requests",
                    apps.carolToken(), body);
            assertThat(answer.status()).as(body).isEqualTo(400);
        }
        assertThat(apps.call("POST", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                "{\"courseIds\":[\"999999\"]}").status()).isEqualTo(404);
        assertThat(apps.call("GET", "/patients/" + apps.arthur() + "/prescription-requests", apps.carolToken(),
                null).body()
                .get("requests").size()).isEqualTo(before);
    }
}
